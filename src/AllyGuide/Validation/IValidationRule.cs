namespace AllyGuide.Validation;

/// <summary>
/// One family of checks over the loaded content and its source map. A new check is a new rule class in this folder,
/// listed in <see cref="ContentValidator"/>; a test fails when a rule is left out of the list.
/// </summary>
internal interface IValidationRule
{
    void Check(ValidationContext context);
}

/// <summary>
/// A plain-language or safe-wording lint, skipped when <c>LoadOptions.EditorialLints</c> is false (for content
/// already checked).
/// </summary>
internal interface IEditorialLint : IValidationRule
{
}
