using Clearinghouse.Findings;

namespace Clearinghouse.Tests.Findings;

/// <summary>
/// Signatures and band keys are stored with every case, so their scheme must not drift: a new case is compared with
/// the bands earlier versions wrote. The expected values were computed by an independent implementation of the scheme
/// (SHA-256 of each 3-word shingle; hash k = a + k·b mod 2^32; band key = band number and the first 16 hex digits of
/// SHA-256 over the band's four minimums, little-endian).
/// </summary>
public sealed class TextSimilarityTests
{
    private const string Text = "Heap buffer overflow in png_read_row: a crafted IHDR chunk (width 0x7fffffff) makes row_buf too small.";

    [Fact]
    public void A_known_text_has_the_signature_and_band_keys_of_the_documented_scheme()
    {
        var signature = TextSimilarity.Signature(Text);

        Assert.Equal([451778581u, 722691985u, 44292151u, 193287289u], signature[..4]);
        Assert.Equal(
            ["0:1a72023a28274c8c", "1:4c752378c54a1171", "2:16e2a3dede3546c1", "3:f1d8c6764e514775", "4:b830c920da1af12e", "5:52f6670751afe7d1",
             "6:6c6e0a53f32e784c", "7:8219d4f460127442", "8:b5702e774c05bda2", "9:791dc1e7f1c70476", "10:6d1214a5a1af5675", "11:2a3f3a8c387df5d6",
             "12:a4eaa23573a0dc16", "13:dad05240f0dfb57f", "14:08dcc3a3cb66484c", "15:5a4cda13ad50a147"],
            TextSimilarity.BandKeys(signature));
    }

    [Fact]
    public void Texts_differing_in_case_and_punctuation_only_are_the_same_and_unrelated_texts_are_not_alike()
    {
        var same = TextSimilarity.Similarity(TextSimilarity.Signature(Text), TextSimilarity.Signature(Text.ToUpperInvariant().Replace(":", " -", StringComparison.Ordinal)));
        var unrelated = TextSimilarity.Similarity(TextSimilarity.Signature(Text), TextSimilarity.Signature("SQL injection in the login form of the admin console through the user name field."));

        Assert.Equal(1.0, same);
        Assert.True(unrelated < TextSimilarity.ProposalThreshold, $"unrelated texts scored {unrelated}");
    }
}
