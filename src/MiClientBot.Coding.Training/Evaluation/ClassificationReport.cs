using System.Globalization;
using System.Text;

namespace MiClientBot.Coding.Training.Evaluation;

/// <summary>Confusion matrix with per-class precision, recall and F1 for a fixed label set.</summary>
public sealed class ClassificationReport
{
    private readonly int[,] confusion;

    /// <summary>An empty report over <paramref name="labels"/>.</summary>
    public ClassificationReport(IReadOnlyList<string> labels)
    {
        Labels = labels;
        confusion = new int[labels.Count, labels.Count];
    }

    /// <summary>The classes, in row and column order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many pairs were counted.</summary>
    public int Count { get; private set; }

    /// <summary>Counts one pair; a label outside the set is not counted.</summary>
    public void Add(string gold, string predicted)
    {
        var g = IndexOf(gold);
        var p = IndexOf(predicted);
        if (g < 0 || p < 0)
        {
            return;
        }

        confusion[g, p]++;
        Count++;
    }

    /// <summary>How often the experts said <paramref name="gold"/> and the coder <paramref name="predicted"/>.</summary>
    public int this[int gold, int predicted] => confusion[gold, predicted];

    /// <summary>The share of pairs on the diagonal.</summary>
    public double Accuracy
    {
        get
        {
            var right = 0;
            for (var i = 0; i < Labels.Count; i++)
            {
                right += confusion[i, i];
            }

            return Count == 0 ? 0 : (double)right / Count;
        }
    }

    /// <summary>Of the pairs the coder put in class <paramref name="c"/>, the share the experts put there too.</summary>
    public double Precision(int c) => Ratio(confusion[c, c], Column(c));

    /// <summary>Of the pairs the experts put in class <paramref name="c"/>, the share the coder found.</summary>
    public double Recall(int c) => Ratio(confusion[c, c], Row(c));

    /// <summary>The harmonic mean of precision and recall of class <paramref name="c"/>.</summary>
    public double F1(int c)
    {
        var p = Precision(c);
        var r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>The unweighted mean of the classes' F1.</summary>
    public double MacroF1 => Labels.Count == 0 ? 0 : Enumerable.Range(0, Labels.Count).Average(F1);

    /// <summary>The per-class table and the confusion matrix (rows: experts, columns: coder).</summary>
    public string Format(string title)
    {
        var width = Math.Max(16, Labels.Max(l => l.Length) + 2);
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(title);
        sb.Append("label".PadRight(width)).AppendLine("precision  recall     f1   support");
        for (var c = 0; c < Labels.Count; c++)
        {
            sb.Append(Labels[c].PadRight(width))
                .Append(Precision(c).ToString("0.000", inv).PadLeft(9))
                .Append(Recall(c).ToString("0.000", inv).PadLeft(8))
                .Append(F1(c).ToString("0.000", inv).PadLeft(7))
                .Append(Row(c).ToString(inv).PadLeft(10))
                .AppendLine();
        }

        sb.Append("macro-F1 ").Append(MacroF1.ToString("0.000", inv))
            .Append("  accuracy ").Append(Accuracy.ToString("0.000", inv))
            .Append("  n ").Append(Count.ToString(inv)).AppendLine();
        sb.AppendLine("confusion (rows: experts, columns: coder)");
        sb.Append(string.Empty.PadRight(width));
        foreach (var label in Labels)
        {
            sb.Append(Short(label).PadLeft(12));
        }

        sb.AppendLine();
        for (var g = 0; g < Labels.Count; g++)
        {
            sb.Append(Labels[g].PadRight(width));
            for (var p = 0; p < Labels.Count; p++)
            {
                sb.Append(confusion[g, p].ToString(inv).PadLeft(12));
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Short(string label) => label.Length > 11 ? label[..11] : label;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private int IndexOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private int Row(int c)
    {
        var sum = 0;
        for (var p = 0; p < Labels.Count; p++)
        {
            sum += confusion[c, p];
        }

        return sum;
    }

    private int Column(int c)
    {
        var sum = 0;
        for (var g = 0; g < Labels.Count; g++)
        {
            sum += confusion[g, c];
        }

        return sum;
    }
}
