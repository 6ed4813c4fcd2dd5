namespace OptInDashboard.Intent.Text;

/// <summary>
/// FNV-1a over UTF-16 code units, seeded by the feature kind, finished with a murmur3 mix so the low
/// bits (the bucket) are well spread. Fixed here rather than <see cref="string.GetHashCode()"/>, which
/// changes per process: the model file stores weights by bucket.
/// </summary>
internal struct FeatureHash
{
    private uint _hash;

    public FeatureHash(FeatureKind kind)
    {
        _hash = 2166136261;
        Add((char)(0xE000 + (int)kind));
    }

    public void Add(char c) => _hash = (_hash ^ c) * 16777619;

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text) Add(c);
    }

    public readonly int Bucket(int mask)
    {
        var h = _hash;
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return (int)(h & (uint)mask);
    }
}
