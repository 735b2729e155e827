using System.ComponentModel;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Images;
using Workbench.Store;

namespace Workbench.Cli.Commands;

/// <summary>
/// `workbench images`: hashes every image under a folder and lists the pairs within the match threshold; or, with
/// --ads, hashes the images that a source file's ads reference and (with --store) writes them into the stored ads.
/// </summary>
internal sealed class ImagesCommand : Command<ImagesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--in <DIR>")]
        [Description("Folder of images to hash (searched recursively: jpg, png, gif, bmp, webp, tga, tiff, pbm).")]
        public string? In { get; init; }

        [CommandOption("--ads <FILE>")]
        [Description("Instead of --in: an ads file (JSONL, CSV, Parquet) whose image_paths, relative to it, name local images.")]
        public string? Ads { get; init; }

        [CommandOption("--store <FILE>")]
        [Description("With --ads: write the pHashes into image_hashes of the stored ads with those ids, and 9 window pHashes per image into image_window_hashes so that cropped re-posts are linked (ingest the file first; hashing again adds windows to an older store).")]
        public string? Store { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output folder: hashes.csv and matches.csv (with --ads: ad-images.csv). Default out/images.")]
        public string Out { get; init; } = Path.Combine("out", "images");

        [CommandOption("--threshold <BITS>")]
        [Description("Largest Hamming distance that counts as a match (default: the evaluated threshold, 15; with --crops 13).")]
        public int? Threshold { get; init; }

        [CommandOption("--hash <KIND>")]
        [Description("phash (default) or dhash: the hash that matches compare.")]
        public string Hash { get; init; } = "phash";

        [CommandOption("--crops")]
        [Description("--in only: crop-tolerant matching (pHash of the image and of 9 windows at 90% of a side; default threshold 13, see `workbench eval images`).")]
        public bool Crops { get; init; }

        [CommandOption("--mirror")]
        [Description("Also match mirrored copies.")]
        public bool Mirror { get; init; }

        public override ValidationResult Validate()
        {
            if ((In is null) == (Ads is null)) return ValidationResult.Error("give exactly one of --in DIR or --ads FILE");
            if (Store is not null && Ads is null) return ValidationResult.Error("--store needs --ads");
            if (Threshold is < 0 or > 64) return ValidationResult.Error("--threshold must be 0–64");
            if (Crops && (Ads is not null || Hash != "phash")) return ValidationResult.Error("--crops works with --in and the phash only");
            if (Crops && Threshold > 32) return ValidationResult.Error("--threshold must be 0–32 with --crops");
            if (Hash is not ("phash" or "dhash")) return ValidationResult.Error("--hash must be phash or dhash");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Out);
        return settings.Ads is { } ads ? HashAds(ads, settings) : HashFolder(settings.In!, settings);
    }

    private static int HashFolder(string dir, Settings settings)
    {
        if (!Directory.Exists(dir)) throw new UserError($"{dir}: no such folder");
        FolderHashResult? folder = null;
        var crops = settings.Crops
            ? new CropMatchOptions { MaxDistance = settings.Threshold ?? CropMatchOptions.DefaultMaxDistance, MirrorInvariant = settings.Mirror }
            : null;
        Progress.Run($"Hashing images under {dir}", progress =>
        {
            folder = new ImageFolderHasher().Hash(dir, new Progress<(int Done, int Total)>(p => progress(p.Done, p.Total)), crops);
        });
        IReadOnlyList<ImageMatch> matches;
        int threshold;
        if (crops is not null)
        {
            matches = new CropTolerantMatcher(crops).Match(folder!.Images.Select(i => i.Crops!).ToList());
            threshold = crops.MaxDistance;
        }
        else
        {
            var options = new ImageMatchOptions
            {
                Kind = settings.Hash == "dhash" ? ImageHashKind.DHash : ImageHashKind.PHash,
                MaxDistance = settings.Threshold ?? ImageMatchOptions.DefaultMaxDistance,
                MirrorInvariant = settings.Mirror,
            };
            matches = new ImageMatcher(options).Match(folder!.Images.Select(i => i.Hashes).ToList());
            threshold = options.MaxDistance;
        }

        var hashes = new StringBuilder("path,dhash,phash\n");
        foreach (var image in folder.Images)
        {
            hashes.Append(Csv(image.Path)).Append(',').Append(ImageHashText.ToHex(image.Hashes.DHash))
                  .Append(',').Append(ImageHashText.ToHex(image.Hashes.PHash)).Append('\n');
        }
        var pairs = new StringBuilder("path_a,path_b,distance\n");
        foreach (var m in matches)
        {
            pairs.Append(Csv(folder.Images[m.A].Path)).Append(',').Append(Csv(folder.Images[m.B].Path)).Append(',')
                 .Append(m.Distance.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(settings.Out, "hashes.csv"), hashes.ToString(), utf8);
        File.WriteAllText(Path.Combine(settings.Out, "matches.csv"), pairs.ToString(), utf8);
        foreach (var failure in folder.Failures) AnsiConsole.MarkupLineInterpolated($"[yellow]skipped[/] {failure.Path}: {failure.Reason}");
        AnsiConsole.MarkupLineInterpolated(
            $"{folder.Images.Count:N0} images hashed, {folder.Failures.Count:N0} unreadable; {matches.Count:N0} pairs within {threshold} bits ({settings.Hash}{(settings.Crops ? ", crop-tolerant" : "")}{(settings.Mirror ? ", mirror-invariant" : "")}) → {Path.Combine(settings.Out, "hashes.csv")}, {Path.Combine(settings.Out, "matches.csv")}");
        return 0;
    }

    private static int HashAds(string adsPath, Settings settings)
    {
        if (!File.Exists(adsPath)) throw new UserError($"{adsPath}: no such file");
        IReadOnlyList<AdImageHash>? rows = null;
        Progress.Run($"Hashing the images referenced by {adsPath}", progress =>
        {
            rows = new AdImageHasher().Hash(adsPath, progress: new Progress<int>(n => progress(n, 0)));
        });
        var csv = new StringBuilder("ad_id,path,dhash,phash,problem\n");
        foreach (var r in rows!)
        {
            csv.Append(Csv(r.AdId)).Append(',').Append(Csv(r.ImagePath)).Append(',')
               .Append(r.Hashes is { } h ? ImageHashText.ToHex(h.DHash) : "").Append(',')
               .Append(r.Hashes is { } p ? ImageHashText.ToHex(p.PHash) : "").Append(',')
               .Append(r.Problem is null ? "" : Csv(r.Problem)).Append('\n');
        }
        var output = Path.Combine(settings.Out, "ad-images.csv");
        File.WriteAllText(output, csv.ToString(), new UTF8Encoding(false));
        var hashed = rows.Count(r => r.Hashes is not null);
        AnsiConsole.MarkupLineInterpolated($"{hashed:N0} of {rows.Count:N0} referenced images hashed → {output}");
        if (settings.Store is { } storePath)
        {
            using var store = AdStore.Open(storePath);
            var updated = AdImageHasher.ApplyToStore(store, rows);
            AnsiConsole.MarkupLineInterpolated($"{updated:N0} stored ads now carry image hashes and {CropMatchOptions.DefaultWindows.Count} window hashes per image ({storePath}); images themselves were not copied");
        }
        return 0;
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
