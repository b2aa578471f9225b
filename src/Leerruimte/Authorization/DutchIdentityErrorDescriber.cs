using Microsoft.AspNetCore.Identity;
using static Leerruimte.Resources.Ui;

namespace Leerruimte.Authorization;

/// <summary>Identity's messages in the user's language (resource file), e.g. for a weak password.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = string.Format(Identity_PasswordTooShort, length) };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = Identity_PasswordRequiresDigit };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = Identity_PasswordRequiresLower };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = string.Format(Identity_DuplicateEmail, email) };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = string.Format(Identity_DuplicateEmail, userName) };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = string.Format(Identity_InvalidEmail, email) };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = Identity_InvalidToken };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = Identity_PasswordMismatch };
}
