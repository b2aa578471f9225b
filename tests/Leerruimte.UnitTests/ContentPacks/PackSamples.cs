namespace Leerruimte.UnitTests.ContentPacks;

/// <summary>A small valid module pack; tests change one thing in it and look at the result.</summary>
public static class PackSamples
{
    public const string Module = """
        kind: module
        id: voorbeeld-module
        version: 1
        title: Hoe geef ik feedback die helpt?
        competency: Geeft bruikbare feedback
        introduction:
          definition: Je geeft collega's feedback die concreet is.
          individualsAndNetwork: Bij cliënten benoem je wat je ziet.
          groupsAndSociety: In groepen maak je ruimte voor elkaars blik.
          example: Na een huisbezoek bespreek je kort wat goed ging.
          warmUpQuestions: [Herken je dit?]
        assignments:
          - id: rondje
            title: Een rondje tips
            purpose: Oefenen met concreet formuleren.
            format: groups
            groupSize: { min: 3, max: 4 }
            steps:
              - title: Stap 1
                prompts: [Wat zag je?]
            timedSteps:
              - title: Dromer
                minutes: 2
            worksheet: pdca
        worksheets:
          - id: pdca
            title: Plan-Do-Check-Act
            phases:
              - title: Plan
                questions: [Wat ga je proberen?]
        individualAction:
          goal: Geef drie keer gerichte feedback.
          formTitle: Mijn concrete actie
        learningForms:
          - way: experimenting
            ideas: [Vraag na elk overleg één tip.]
        facilitator:
          role: Je bewaakt de tijd.
          durationMinutes: 30
          agenda:
            - title: Opening
              minutes: 10
              activities:
                - title: Uitleg
                  minutes: 10
                  say: We oefenen vandaag.
            - title: Rondje tips
              minutes: 20
              assignment: rondje
          feedbackForm:
            scaleLabels: [nee, enigszins, grotendeels, ja]
            statements: [Het team kon voorbeelden noemen]
        """;

    public static string ModuleWith(string find, string replace)
    {
        if (!Module.Contains(find)) throw new ArgumentException($"'{find}' is not in the sample");
        return Module.Replace(find, replace);
    }
}
