namespace Nettverk.Api.Features.Organisations;

/// <summary>Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a modulus-11 check digit
/// with weights 3 2 7 6 5 4 3 2 (Brønnøysundregistrene).</summary>
public static class OrganisationNumber
{
    static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Strips spaces; null when the input is not a valid number.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string(input.Where(c => !char.IsWhiteSpace(c)).ToArray());
        return IsValid(digits) ? digits : null;
    }

    public static bool IsValid(string digits)
    {
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (digits[i] - '0') * Weights[i];
        var remainder = sum % 11;
        var check = remainder == 0 ? 0 : 11 - remainder;
        return check != 10 && check == digits[8] - '0';
    }
}
