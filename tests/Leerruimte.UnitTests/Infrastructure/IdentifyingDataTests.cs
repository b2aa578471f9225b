using System.Text.RegularExpressions;
using Leerruimte.Infrastructure.Privacy;

namespace Leerruimte.UnitTests.Infrastructure;

public sealed class IdentifyingDataTests
{
    /// <summary>Texts with exactly one identifying finding, and the text it marks.</summary>
    public static TheoryData<string, IdentifyingKind, string> Found => new()
    {
        { "Haar BSN is 111222333.", IdentifyingKind.Bsn, "111222333" },
        { "bsn 1112.22.333 staat in het dossier", IdentifyingKind.Bsn, "1112.22.333" },
        { "BSN: 111 222 333", IdentifyingKind.Bsn, "111 222 333" },
        { "nummer 123456782", IdentifyingKind.Bsn, "123456782" },
        { "Bel haar op 06-12345678.", IdentifyingKind.Phone, "06-12345678" },
        { "mobiel 06 12 34 56 78", IdentifyingKind.Phone, "06 12 34 56 78" },
        { "tel. 0612345678", IdentifyingKind.Phone, "0612345678" },
        { "vaste lijn 010-1234567", IdentifyingKind.Phone, "010-1234567" },
        { "thuis: (010) 123 45 67", IdentifyingKind.Phone, "(010) 123 45 67" },
        { "buitenland +31 6 12345678", IdentifyingKind.Phone, "+31 6 12345678" },
        { "of +31 (0)20 123 4567", IdentifyingKind.Phone, "+31 (0)20 123 4567" },
        { "0031 591 123456", IdentifyingKind.Phone, "0031 591 123456" },
        { "mail naar j.de.vries@example.nl vandaag", IdentifyingKind.Email, "j.de.vries@example.nl" },
        { "Woont op Dorpsstraat 12, 1234 AB Lindenhaven.", IdentifyingKind.PostcodeWithNumber, "12, 1234 AB" },
        { "adres 1234AB 12a", IdentifyingKind.PostcodeWithNumber, "1234AB 12a" },
        { "adres 1234ab, nr. 7", IdentifyingKind.PostcodeWithNumber, "1234ab, nr. 7" },
        { "Ze is geboren op 12-03-1980 in Zwolle.", IdentifyingKind.BirthDate, "12-03-1980" },
        { "geb. 3 maart 1975", IdentifyingKind.BirthDate, "3 maart 1975" },
        { "geboortedatum: 1980-03-12", IdentifyingKind.BirthDate, "1980-03-12" },
        { "Meneer (12/3/1941, 85 jaar) woont alleen.", IdentifyingKind.BirthDate, "12/3/1941" },
        { "rekening NL91 ABNA 0417 1643 00 is van zijn zoon", IdentifyingKind.Iban, "NL91 ABNA 0417 1643 00" },
        { "iban nl91abna0417164300", IdentifyingKind.Iban, "nl91abna0417164300" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Each_identifying_datum_is_found_with_the_text_it_marks(string text, IdentifyingKind kind, string marked)
    {
        var finding = Assert.Single(IdentifyingData.Find(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(marked, finding.Text);
        Assert.Equal(marked, text.Substring(finding.Start, finding.Length));
    }

    /// <summary>Texts that look like identifying data but are not.</summary>
    public static TheoryData<string> NotFound => new()
    {
        "Haar nummer is 111222334.", // nine digits that fail the 11-test are no BSN
        "000000000",
        "Ze is geboren in 1980 en woont sinds 2019 in de wijk.", // a year is no date of birth
        "We spraken haar op 12-03-2024 in het wijkcentrum.", // a date without a birth word or an age
        "De wijk 1234 AB heeft veel eenzame ouderen.", // a postcode alone names an area, not a home
        "In 2019 de 3 kinderen", // a year and a word are no postcode
        "Het dossier 0612345 is dicht.", // too short for a phone number
        "06-1234567890",
        "Zij is 45 jaar en heeft drie kinderen.",
        "Bijeenkomst om 09.30 uur, 12-03-2026 14:00",
        "Tijdens de 11-test bleek 2 + 2 = 4.",
        "",
    };

    [Theory]
    [MemberData(nameof(NotFound))]
    public void What_only_looks_like_identifying_data_is_not_found(string text) => Assert.Empty(IdentifyingData.Find(text));

    [Fact]
    public void An_iban_with_wrong_check_digits_is_no_iban() =>
        Assert.DoesNotContain(IdentifyingData.Find("Rekening NL91 ABNA 0417 1643 01 klopt niet."), f => f.Kind == IdentifyingKind.Iban);

    [Fact]
    public void Several_findings_come_in_the_order_of_the_text_and_overlaps_count_once()
    {
        var findings = IdentifyingData.Find("Mevrouw (geb. 01-02-1950), 06-12345678, NL91ABNA0417164300 en 111222333.");

        Assert.Equal([IdentifyingKind.BirthDate, IdentifyingKind.Phone, IdentifyingKind.Iban, IdentifyingKind.Bsn], findings.Select(f => f.Kind));
    }

    [Fact]
    public void A_confirmed_finding_is_no_longer_unconfirmed_also_when_written_with_other_spacing()
    {
        var confirmed = new HashSet<string> { IdentifyingData.Find("06 12345678")[0].Key };

        Assert.Empty(IdentifyingData.Unconfirmed("Het algemene nummer is 06 12345678.", confirmed));
        Assert.Single(IdentifyingData.Unconfirmed("Haar eigen nummer is 06 87654321.", confirmed));
    }

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("111222334", false)]
    [InlineData("12345678", false)]
    public void The_eleven_test_is_applied_to_nine_digits(string digits, bool valid) => Assert.Equal(valid, IdentifyingData.IsBsn(digits));

    [Fact]
    public void A_long_text_full_of_digits_is_checked_in_bounded_time_and_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("0 6 1 2 . - ( ) 9", 600));

        var findings = IdentifyingData.Find(text);

        Assert.NotNull(findings);
    }

    [Fact]
    public void A_scan_that_runs_into_its_timeout_fails_safe_as_a_finding_the_writer_must_confirm()
    {
        var findings = IdentifyingData.FailSafe(() => throw new RegexMatchTimeoutException("tekst", "patroon", TimeSpan.FromSeconds(2)));

        var only = Assert.Single(findings);
        Assert.Equal((IdentifyingKind.Unchecked, 0, 0), (only.Kind, only.Start, only.Length));
        Assert.Equal("Unchecked:", only.Key);
        Assert.Equal("Ik heb de tekst zelf nagelopen: er staat geen gegeven over een cliënt in", PrivacyGuard.Confirmation(only));
    }
}
