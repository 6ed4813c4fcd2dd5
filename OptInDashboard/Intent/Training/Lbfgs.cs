namespace OptInDashboard.Intent.Training;

/// <summary>
/// Limited-memory BFGS with a backtracking (Armijo) line search, for a smooth convex objective.
/// Deterministic: no randomness, no threads, a fixed order of every sum.
/// </summary>
internal static class Lbfgs
{
    private const int Memory = 10;
    private const double SufficientDecrease = 1e-4;
    private const double RelativeLossTolerance = 1e-12;

    /// <summary>Minimises from <paramref name="x"/> in place; returns the iterations taken.</summary>
    public static int Minimize(Func<double[], double[], double> evaluate, double[] x, int maxIterations, double gradientTolerance, Action<TrainingProgress>? progress)
    {
        var n = x.Length;
        var gradient = new double[n];
        var loss = evaluate(x, gradient);
        var history = new History(n);
        var direction = new double[n];
        var candidate = new double[n];
        var candidateGradient = new double[n];

        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            if (MaxAbs(gradient) < gradientTolerance) return iteration - 1;

            history.Direction(gradient, direction);
            var slope = Dot(gradient, direction);
            if (slope >= 0)
            {
                // The curvature pairs no longer describe the function: start again from steepest descent.
                history.Clear();
                history.Direction(gradient, direction);
                slope = Dot(gradient, direction);
            }

            var step = history.Count == 0 ? 1 / Math.Sqrt(Dot(gradient, gradient)) : 1.0;
            double candidateLoss;
            while (true)
            {
                for (var i = 0; i < n; i++) candidate[i] = x[i] + step * direction[i];
                candidateLoss = evaluate(candidate, candidateGradient);
                if (candidateLoss <= loss + SufficientDecrease * step * slope) break;
                step /= 2;
                if (step < 1e-20) return iteration - 1;
            }

            history.Add(x, candidate, gradient, candidateGradient);
            Array.Copy(candidate, x, n);
            Array.Copy(candidateGradient, gradient, n);
            var decrease = (loss - candidateLoss) / Math.Max(Math.Abs(loss), 1);
            loss = candidateLoss;
            progress?.Invoke(new TrainingProgress(iteration, loss, MaxAbs(gradient)));
            if (decrease < RelativeLossTolerance) return iteration;
        }
        return maxIterations;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double MaxAbs(double[] a)
    {
        var max = 0.0;
        foreach (var v in a) max = Math.Max(max, Math.Abs(v));
        return max;
    }

    /// <summary>The last few steps and gradient changes, which stand in for the inverse Hessian.</summary>
    private sealed class History(int n)
    {
        private readonly double[][] _steps = NewVectors(n);
        private readonly double[][] _changes = NewVectors(n);
        private readonly double[] _rho = new double[Memory];
        private readonly double[] _alpha = new double[Memory];
        private int _newest = -1;

        public int Count { get; private set; }

        public void Clear()
        {
            Count = 0;
            _newest = -1;
        }

        public void Add(double[] x, double[] next, double[] gradient, double[] nextGradient)
        {
            var slot = (_newest + 1) % Memory;
            var step = _steps[slot];
            var change = _changes[slot];
            for (var i = 0; i < step.Length; i++)
            {
                step[i] = next[i] - x[i];
                change[i] = nextGradient[i] - gradient[i];
            }
            var curvature = Dot(step, change);
            if (curvature <= 1e-16)
            {
                // The pair would break positive definiteness: skip it. Its slot held the oldest pair, now overwritten.
                if (Count == Memory) Count--;
                return;
            }
            _rho[slot] = 1 / curvature;
            _newest = slot;
            Count = Math.Min(Count + 1, Memory);
        }

        /// <summary>The two-loop recursion: direction = -H·gradient.</summary>
        public void Direction(double[] gradient, double[] direction)
        {
            for (var i = 0; i < direction.Length; i++) direction[i] = -gradient[i];
            if (Count == 0) return;

            for (var k = 0; k < Count; k++)
            {
                var slot = Slot(k);
                _alpha[slot] = _rho[slot] * Dot(_steps[slot], direction);
                Axpy(-_alpha[slot], _changes[slot], direction);
            }
            var newest = _changes[_newest];
            var scale = 1 / (_rho[_newest] * Dot(newest, newest));
            for (var i = 0; i < direction.Length; i++) direction[i] *= scale;
            for (var k = Count - 1; k >= 0; k--)
            {
                var slot = Slot(k);
                var beta = _rho[slot] * Dot(_changes[slot], direction);
                Axpy(_alpha[slot] - beta, _steps[slot], direction);
            }
        }

        /// <summary>k = 0 is the newest pair.</summary>
        private int Slot(int k) => (_newest - k + Memory) % Memory;

        private static void Axpy(double a, double[] x, double[] y)
        {
            for (var i = 0; i < y.Length; i++) y[i] += a * x[i];
        }

        private static double[][] NewVectors(int n)
        {
            var vectors = new double[Memory][];
            for (var i = 0; i < Memory; i++) vectors[i] = new double[n];
            return vectors;
        }
    }
}
