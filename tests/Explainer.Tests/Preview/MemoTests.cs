using Explainer.Preview;

namespace Explainer.Tests.Preview;

public class MemoTests
{
    private sealed record Key(string Name);

    [Fact]
    public void A_value_is_computed_once_per_key_object_and_forgotten_when_a_build_no_longer_asks_for_it()
    {
        var memo = new Memo<Key, string>();
        var (a, b) = (new Key("a"), new Key("b"));
        var computed = 0;
        string Compute(Key k) { computed++; return k.Name.ToUpperInvariant(); }

        Assert.Equal("A", memo.Get(a, Compute));
        Assert.Equal("B", memo.Get(b, Compute));
        memo.Sweep();
        Assert.Equal("A", memo.Get(a, Compute));   // remembered
        Assert.Equal(0, memo.Misses);
        memo.Sweep();                              // b was not asked for in that build
        memo.Get(b, Compute);
        Assert.Equal(1, memo.Misses);
        Assert.Equal(3, computed);
        // An equal but different object is a different input: records handed back unchanged are the same object.
        memo.Get(new Key("a"), Compute);
        Assert.Equal(4, computed);
    }

    [Fact]
    public void A_build_that_asked_for_nothing_forgets_nothing()
    {
        var memo = new Memo<Key, string>();
        var a = new Key("a");
        var computed = 0;
        memo.Get(a, k => { computed++; return k.Name; });
        memo.Sweep();
        memo.Sweep();   // the build stopped before this stage
        memo.Get(a, k => { computed++; return k.Name; });
        Assert.Equal(1, computed);
    }
}
