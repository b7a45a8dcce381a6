//! Trains the entity typer (`src/entities/typer.rs`) on the gold corpus and writes its weights.
//!
//! ```text
//! cargo run --release --example train_typer -- corpus/ > src/data/typer_weights.tsv
//! ```
//!
//! Each article is extracted with the rules alone; every entity the system finds whose canonical
//! name is a gold entity's name or alias (as `claimex eval` matches them) is a training example,
//! labelled with the gold type, with the very features the library computes (`typer::collect`).
//! The model is a multiclass averaged perceptron over those sparse features: a fixed number of
//! epochs, examples shuffled by a fixed seed, so the same corpus gives the same weights.
//!
//! Before training on everything it prints to stderr a leave-one-batch-out cross-validation:
//! the batches are the file-name prefixes `fresh-`, `fresh2-`, ... and everything else; for each
//! batch held out it trains on the rest and reports, on the held-out batch's guess-only entities
//! (those no lexicon entry or evidence types), the model's type accuracy against the rules',
//! and the end-to-end entity F1 of the pipeline with the rules' guess and with the model.
//!
//! Then, for the entities the rules type by evidence (no lexicon entry), the same
//! cross-validation's models measure, per rules' type, how often the rules' type and the
//! model's (at each margin of `EVIDENCE_TRIED`) are the gold type, and the pooled held-out
//! entity F1 of the pipeline letting the model retype evidence of all types or of one type at
//! each margin; it picks per type the margin with the best pooled F1 (none if none beats
//! leaving evidence alone), prints that array (`typer::EVIDENCE_MARGIN`) and its pooled F1.
//! `-ve` lists the evidence-typed entities each held-out model would retype, with by how much.
//!
//! The model also scores a sixth class, NONE: not an entity at all. Its examples are the
//! entities the rules find (by a guess or by evidence) whose canonical name is no gold entity's
//! name or alias of any type; the other examples of those standings are its counter-examples.
//! Its column is an averaged perceptron of its own, trained against the five types' scores of
//! the model trained as above, which it leaves exactly as they were: it learns to outscore the
//! rules' type of a spurious entity, and to stay below that of a real one. The same
//! cross-validation's models then measure, per drop margin of `DROP_TRIED` and per standing
//! (guesses; evidence by rules' type), the pooled held-out entity F1 with the model dropping
//! entities NONE outscores by more than the margin, the gold matches lost and the spurious
//! entities removed; it picks per standing the margin with the best pooled F1 that removes at
//! least `MIN_GAIN` more errors than dropping nothing (none if none does), and prints those
//! margins (`typer::DROP_MARGIN`, `typer::DROP_EVIDENCE_MARGIN`). `-vd` lists what each
//! held-out model drops.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use claimex::entities::typer::{self, Drops, Margins, Model, Sample, Standing};
use claimex::entities::Kind;
use claimex::eval::{self, Counts, Gold};
use claimex::Extractor;

/// The epochs of training (`--epochs N` to try others).
const EPOCHS: usize = 10;
/// How many times each guess-only entity counts in training (`--repeat N` to try others): they
/// are the entities the model types, and few.
const REPEAT: usize = 1;
/// The shuffle seed.
const SEED: u64 = 0x9e37_79b9_7f4a_7c15;
/// How many perceptrons, each on its own shuffle, are averaged into the model (`--seeds N`):
/// one perceptron's weights swing with the order of its few hundred guess-only examples.
const SEEDS: usize = 8;
/// Weights smaller than this in every type are left out of the file.
const PRUNE: f32 = 1.0;
/// The logistic regression's first learning rate.
const RATE: f64 = 0.1;
/// The logistic regression's L2 penalty.
const L2: f64 = 1e-3;
/// The logistic regression's weights' scale.
const SCALE: f64 = 1.0;
/// The margins tried for retyping evidence-typed entities in the cross-validation.
const EVIDENCE_TRIED: [f32; 6] = [3.0, 5.0, 8.0, 12.0, 20.0, 30.0];
/// How many more gold entities (pooled over the held-out batches) retyping one type's evidence
/// must match than leaving it alone, for the trainer to choose it: a gain of one or two among
/// thousands is noise.
const MIN_GAIN: usize = 3;
/// The margins tried for dropping entities NONE outscores, in the cross-validation.
const DROP_TRIED: [f32; 5] = [3.0, 5.0, 8.0, 12.0, 20.0];

/// One annotated article.
struct Article {
    path: PathBuf,
    batch: String,
    gold: Gold,
    /// Its entities that gold types, with the gold type.
    examples: Vec<(Sample, Kind)>,
    /// Its entities typed by a guess or by evidence that match no gold entity: NONE.
    spurious: Vec<Sample>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().map_or("corpus", String::as_str));
    let guess_only_training = args.iter().any(|a| a == "--guess-only");
    // `--drop PREFIX`: leave features starting with PREFIX out (a trial of feature groups).
    let drop: Vec<&str> = args
        .windows(2)
        .filter(|w| w[0] == "--drop")
        .map(|w| w[1].as_str())
        .collect();
    let verbose = args.iter().any(|a| a == "-v");
    let opt = |name: &str, default: usize| {
        args.windows(2)
            .find(|w| w[0] == name)
            .and_then(|w| w[1].parse().ok())
            .unwrap_or(default)
    };
    let margin: f32 = args
        .windows(2)
        .find(|w| w[0] == "--margin")
        .and_then(|w| w[1].parse().ok())
        .unwrap_or(typer::MARGIN);
    // The library's margins, with the guess margin under trial.
    let margins = Margins {
        guess: margin,
        ..Margins::SHIPPED
    };
    let cfg = Config {
        epochs: opt("--epochs", EPOCHS),
        repeat: opt("--repeat", REPEAT),
        seeds: opt("--seeds", SEEDS).max(1),
        prune: args
            .windows(2)
            .find(|w| w[0] == "--prune")
            .and_then(|w| w[1].parse().ok())
            .unwrap_or(PRUNE),
        logistic: args.iter().any(|a| a == "--logistic"),
        rate: args
            .windows(2)
            .find(|w| w[0] == "--rate")
            .and_then(|w| w[1].parse().ok())
            .unwrap_or(RATE),
        l2: args
            .windows(2)
            .find(|w| w[0] == "--l2")
            .and_then(|w| w[1].parse().ok())
            .unwrap_or(L2),
        scale: args
            .windows(2)
            .find(|w| w[0] == "--scale")
            .and_then(|w| w[1].parse().ok())
            .unwrap_or(SCALE),
    };
    // `--quick`: the guess-only accuracy alone, without the pipeline's F1 (a fast trial).
    let quick = args.iter().any(|a| a == "--quick");
    // `--skip FEATURE`: train without the entities that have FEATURE (`src=lexicon`).
    let skip: Vec<&str> = args
        .windows(2)
        .filter(|w| w[0] == "--skip")
        .map(|w| w[1].as_str())
        .collect();
    let mut articles = read(&dir)?;
    for a in &mut articles {
        for (s, _) in &mut a.examples {
            s.features
                .retain(|f| !drop.iter().any(|d| f.starts_with(d)));
        }
    }
    let ex = Extractor::new();
    let batches: Vec<String> = {
        let mut b: Vec<String> = articles.iter().map(|a| a.batch.clone()).collect();
        b.sort_by_key(|s| batch_order(s));
        b.dedup();
        b
    };
    eprintln!(
        "leave-one-batch-out CV ({} articles, {} examples, {} NONE, training on {}, margin \
         {margin}):",
        articles.len(),
        articles.iter().map(|a| a.examples.len()).sum::<usize>(),
        articles.iter().map(|a| a.spurious.len()).sum::<usize>(),
        if guess_only_training {
            "guess-only entities"
        } else {
            "all entities"
        }
    );
    eprintln!(
        "{:<8} {:>6} {:>8} {:>8} {:>9} {:>9}",
        "held out", "guess", "rules", "model", "F1 rules", "F1 model"
    );
    let (mut n_all, mut r_all, mut m_all) = (0, 0, 0);
    let (mut f_rules, mut f_model) = (Counts::default(), Counts::default());
    let mut ev = EvidenceTrial {
        verbose: args.iter().any(|a| a == "-ve"),
        ..EvidenceTrial::default()
    };
    let mut models = Vec::new();
    for held in &batches {
        let train: Vec<&(Sample, Kind)> = articles
            .iter()
            .filter(|a| &a.batch != held)
            .flat_map(|a| &a.examples)
            .filter(|(s, _)| !guess_only_training || s.guess_only)
            .filter(|(s, _)| !s.features.iter().any(|f| skip.contains(&f.as_str())))
            .collect();
        let spurious: Vec<&Sample> = articles
            .iter()
            .filter(|a| &a.batch != held)
            .flat_map(|a| &a.spurious)
            .collect();
        let model = with_none(train_weights(&train, &cfg), &train, &spurious, &cfg);
        let (mut n, mut r, mut m) = (0, 0, 0);
        let (mut fr, mut fm) = (Counts::default(), Counts::default());
        for a in articles.iter().filter(|a| &a.batch == held) {
            for (s, gold) in a.examples.iter().filter(|(s, _)| s.guess_only) {
                n += 1;
                r += usize::from(s.rule == *gold);
                let p = margins.retype(&model, &s.features, s.rule, s.standing);
                m += usize::from(p == *gold);
                if verbose && (p != *gold || s.rule != *gold) {
                    if args.iter().any(|a| a == "-vv") {
                        eprintln!("      {:?}", s.features);
                    }
                    let sc: Vec<String> = model
                        .scores(&s.features)
                        .iter()
                        .map(|x| format!("{x:.1}"))
                        .collect();
                    eprintln!(
                        "    {:<28} gold {:<7} rules {:<7} model {:<7} {}",
                        s.name,
                        gold.as_str(),
                        s.rule.as_str(),
                        p.as_str(),
                        sc.join(" ")
                    );
                }
            }
            if quick {
                continue;
            }
            let rules = typer::with_model(None, || ex.extract_path(&a.path))?;
            fr += eval::score(&rules, &a.gold).entities;
            let learned =
                typer::with_model(Some((model.clone(), margins)), || ex.extract_path(&a.path))?;
            fm += eval::score(&learned, &a.gold).entities;
            ev.add(&model, margin, a, &ex)?;
        }
        models.push((held.clone(), model));
        eprintln!(
            "{:<8} {:>6} {:>8.3} {:>8.3} {:>9.3} {:>9.3}",
            held,
            n,
            ratio(r, n),
            ratio(m, n),
            fr.f1(),
            fm.f1()
        );
        (n_all, r_all, m_all) = (n_all + n, r_all + r, m_all + m);
        f_rules += fr;
        f_model += fm;
    }
    eprintln!(
        "{:<8} {:>6} {:>8.3} {:>8.3} {:>9.3} {:>9.3}",
        "all",
        n_all,
        ratio(r_all, n_all),
        ratio(m_all, n_all),
        f_rules.f1(),
        f_model.f1()
    );
    if quick {
        return Ok(());
    }
    ev.report(margin);
    let chosen = ev.choose(margin);
    let mut f_chosen = Counts::default();
    // Held-out batches where the chosen margins match more, and fewer, gold entities.
    let (mut won, mut lost) = (0, 0);
    for (held, model) in &models {
        let (mut tp_chosen, mut tp_alone) = (0, 0);
        for a in articles.iter().filter(|a| &a.batch == held) {
            let r = typer::with_model(Some((model.clone(), chosen)), || ex.extract_path(&a.path))?;
            let c = eval::score(&r, &a.gold).entities;
            f_chosen += c;
            tp_chosen += c.tp;
            let alone = Margins::guesses(margin);
            let r = typer::with_model(Some((model.clone(), alone)), || ex.extract_path(&a.path))?;
            tp_alone += eval::score(&r, &a.gold).entities.tp;
        }
        won += usize::from(tp_chosen > tp_alone);
        lost += usize::from(tp_chosen < tp_alone);
    }
    eprintln!(
        "chosen evidence margins (PERSON ORG PLACE PRODUCT EVENT): {:?}; pooled held-out F1 {:.4} \
         (evidence left alone {:.4}); batches won {won}, lost {lost} of {}",
        chosen.evidence,
        f_chosen.f1(),
        ev.baseline.f1(),
        models.len()
    );
    let train: Vec<&(Sample, Kind)> = articles
        .iter()
        .flat_map(|a| &a.examples)
        .filter(|(s, _)| !guess_only_training || s.guess_only)
        .collect();
    // Dropping is tried with the library's retyping margins, as it would ship beside them.
    let drops = drop_trial(
        &articles,
        &models,
        margins,
        &ex,
        args.iter().any(|a| a == "-vd"),
    )?;
    let spurious: Vec<&Sample> = articles.iter().flat_map(|a| &a.spurious).collect();
    let types = train_weights(&train, &cfg);
    let weights = none_rows(&types, &train, &spurious, &cfg);
    // `--show FILE`: the entities of FILE with their features and the trained model's scores
    // (to see why a name is typed as it is); repeatable.
    let model = Model::with_none(weights.clone());
    for path in args.windows(2).filter(|w| w[0] == "--show").map(|w| &w[1]) {
        let (record, samples) =
            typer::collect(|| typer::with_model(None, || ex.extract_path(Path::new(path))));
        record?;
        for s in samples {
            let scores = model.all_scores(&s.features);
            let p = margins.retype(&model, &s.features, s.rule, s.standing);
            let gone = drops.drops(&model, &s.features, s.rule, s.standing);
            eprintln!(
                "{}: rules {} model {}{} {:?} scores {:?}\n    {:?}",
                s.name,
                s.rule.as_str(),
                p.as_str(),
                if gone { " (dropped)" } else { "" },
                s.standing,
                scores,
                s.features
            );
        }
    }
    println!("# Weights of the entity typer (src/entities/typer.rs): feature, then one weight per");
    println!("# type: PERSON ORG PLACE PRODUCT EVENT, then NONE (not an entity). Made by");
    println!(
        "#   cargo run --release --example train_typer -- corpus/ > src/data/typer_weights.tsv"
    );
    println!(
        "# the mean of {} averaged perceptrons (fixed seeds), {} epochs, over {} entities of {} gold",
        cfg.seeds,
        cfg.epochs,
        train.len(),
        articles.len()
    );
    println!(
        "# articles (labels: the gold type of each entity the rules find; NONE: {} found by a",
        spurious.len()
    );
    println!("# guess or evidence that match no gold entity), weights under");
    println!(
        "# {} in every type left out. Do not edit by hand: retrain.",
        cfg.prune
    );
    for (feature, w) in weights {
        let cols: Vec<String> = w.iter().map(|x| format!("{x:.3}")).collect();
        println!("{feature}\t{}", cols.join("\t"));
    }
    Ok(())
}

/// `fresh` < `fresh2` < ... < `fresh10` < `tune`.
fn batch_order(b: &str) -> (u32, u32) {
    match b.strip_prefix("fresh") {
        Some("") => (0, 1),
        Some(n) => (0, n.parse().unwrap_or(u32::MAX)),
        None => (1, 0),
    }
}

/// The batch of an article: its `freshN` prefix, or `tune`.
fn batch_of(name: &str) -> String {
    match name.split_once('-') {
        Some((p, _)) if p.starts_with("fresh") && p[5..].chars().all(|c| c.is_ascii_digit()) => {
            p.to_string()
        }
        _ => "tune".to_string(),
    }
}

/// The annotated articles of `dir`, in name order, with their examples.
fn read(dir: &Path) -> Result<Vec<Article>, Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "txt" || x == "md" || x == "html")
        })
        .collect();
    paths.sort();
    let ex = Extractor::new();
    let mut out = Vec::new();
    for path in paths {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let gold_path = dir.join("gold").join(format!("{stem}.json"));
        if !gold_path.exists() {
            continue;
        }
        let gold = Gold::read(&gold_path)?;
        let (record, samples) =
            typer::collect(|| typer::with_model(None, || ex.extract_path(&path)));
        record?;
        let mut examples = Vec::new();
        let mut spurious = Vec::new();
        for s in samples {
            let g = gold.entities.iter().find(|g| {
                std::iter::once(&g.name)
                    .chain(&g.aliases)
                    .any(|n| n.eq_ignore_ascii_case(&s.name))
            });
            match g {
                Some(g) => examples.extend(Kind::parse(&g.kind).map(|k| (s, k))),
                None if droppable(&s) => spurious.push(s),
                None => {}
            }
        }
        out.push(Article {
            batch: batch_of(stem),
            path,
            gold,
            examples,
            spurious,
        });
    }
    Ok(out)
}

/// Whether the library may drop an entity like this one (see `typer::Drops`): typed by a
/// guess or by evidence, and no person named by two words or more.
fn droppable(s: &Sample) -> bool {
    matches!(s.standing, Standing::Guess | Standing::Evidence)
        && !(s.rule == Kind::Person && s.name.split_whitespace().count() >= 2)
}

/// The model of the five types' weights `types` with a NONE column trained against them (see
/// [`none_rows`]).
fn with_none(
    types: BTreeMap<String, [f32; 5]>,
    typed: &[&(Sample, Kind)],
    spurious: &[&Sample],
    cfg: &Config,
) -> Model {
    Model::with_none(none_rows(&types, typed, spurious, cfg))
}

/// The rows of the weights file: the five types' weights `types` as they are, and NONE's, the
/// mean of `cfg.seeds` averaged perceptrons trained against the scores `types` gives the rules'
/// type of each droppable example: a spurious entity's NONE must beat it, a real one's not.
/// NONE's weights under `cfg.prune` are left out, as are rows left all zero.
fn none_rows(
    types: &BTreeMap<String, [f32; 5]>,
    typed: &[&(Sample, Kind)],
    spurious: &[&Sample],
    cfg: &Config,
) -> BTreeMap<String, [f32; 6]> {
    let model = Model::new(types.iter().map(|(f, w)| (f.clone(), *w)));
    // The examples: features, the rules' type's score, and whether NONE is right.
    let examples: Vec<(&Sample, f64, bool)> = typed
        .iter()
        .map(|(s, _)| (s, false))
        .filter(|(s, _)| droppable(s))
        .chain(spurious.iter().map(|s| (*s, true)))
        .map(|(s, none)| {
            let t = model.scores(&s.features)[kind_index(s.rule)];
            (s, f64::from(t), none)
        })
        .collect();
    let (names, data) = index_by(
        examples
            .iter()
            .map(|(s, t, none)| (s.features.as_slice(), (*t, *none))),
    );
    let mut sum = vec![0f64; names.len()];
    let mut rng = SEED;
    for _ in 0..cfg.seeds {
        let mut w = vec![0f64; names.len()];
        let mut u = vec![0f64; names.len()];
        let mut c = 1f64;
        let mut order: Vec<usize> = (0..data.len()).collect();
        for _ in 0..cfg.epochs {
            shuffle(&mut order, &mut rng);
            for &n in &order {
                let (fs, (t, none)) = &data[n];
                let s: f64 = fs.iter().map(|&f| w[f]).sum();
                let step = match (*none, s > *t) {
                    (true, false) => 1.0,
                    (false, true) => -1.0,
                    _ => 0.0,
                };
                if step != 0.0 {
                    for &f in fs {
                        w[f] += step;
                        u[f] += c * step;
                    }
                }
                c += 1.0;
            }
        }
        for f in 0..names.len() {
            sum[f] += (w[f] - u[f] / c) / cfg.seeds as f64;
        }
        rng = rng.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    }
    let mut out: BTreeMap<String, [f32; 6]> = types
        .iter()
        .map(|(f, w)| {
            let mut r = [0f32; 6];
            r[..5].copy_from_slice(w);
            (f.clone(), r)
        })
        .collect();
    for (f, name) in names.iter().enumerate() {
        let x = sum[f] as f32;
        if x.abs() >= cfg.prune {
            out.entry(name.to_string()).or_default()[5] = x;
        }
    }
    out
}

/// The cross-validation of dropping entities: per standing and margin, the pooled held-out
/// entity counts of the pipeline with the held-out models of `models`, retyping by `margins`
/// and dropping by that standing's margin alone, against dropping nothing; prints the table
/// and the choice, and returns the chosen drop margins.
fn drop_trial(
    articles: &[Article],
    models: &[(String, Model)],
    margins: Margins,
    ex: &Extractor,
    verbose: bool,
) -> Result<Drops, Box<dyn std::error::Error>> {
    const N: usize = DROP_TRIED.len();
    // Standings tried: guesses, then evidence of each type.
    let tried = |row: usize, m: f32| {
        let mut d = Drops::NEVER;
        match row {
            0 => d.guess = m,
            k => d.evidence[k - 1] = m,
        }
        d
    };
    let mut base = Counts::default();
    let mut runs = [[Counts::default(); N]; 6];
    let run =
        |model: &Model, d: Drops, a: &Article| -> Result<Counts, Box<dyn std::error::Error>> {
            let r = typer::with_model_dropping(Some((model.clone(), margins, d)), || {
                ex.extract_path(&a.path)
            })?;
            Ok(eval::score(&r, &a.gold).entities)
        };
    for (held, model) in models {
        for a in articles.iter().filter(|a| &a.batch == held) {
            base += run(model, Drops::NEVER, a)?;
            for (row, counts) in runs.iter_mut().enumerate() {
                for (mi, &m) in DROP_TRIED.iter().enumerate() {
                    counts[mi] += run(model, tried(row, m), a)?;
                }
            }
            if verbose {
                for s in &a.spurious {
                    if tried(0, DROP_TRIED[0]).drops(model, &s.features, s.rule, s.standing) {
                        eprintln!("    drop spurious {:<28} {:?}", s.name, s.standing);
                    }
                }
                for (s, g) in &a.examples {
                    let d = Drops {
                        guess: DROP_TRIED[0],
                        evidence: [DROP_TRIED[0]; 5],
                    };
                    if droppable(s) && d.drops(model, &s.features, s.rule, s.standing) {
                        eprintln!(
                            "    drop GOLD     {:<28} {:?} gold {}",
                            s.name,
                            s.standing,
                            g.as_str()
                        );
                    }
                }
            }
        }
    }
    // Errors removed over dropping nothing: spurious entities gone less gold matches lost.
    let gain = |c: &Counts| (base.fp + base.fn_) as i64 - (c.fp + c.fn_) as i64;
    eprintln!(
        "drop margins by standing: pooled held-out entity F1, gold matches lost -, spurious \
         entities removed + (dropping nothing: F1 {:.4}, tp {}, fp {})",
        base.f1(),
        base.tp,
        base.fp
    );
    eprintln!(
        "{:<10}{}",
        "dropped",
        DROP_TRIED
            .iter()
            .map(|m| format!(" {:<18}", format!("m{m}")))
            .collect::<String>()
    );
    let mut chosen = Drops::NEVER;
    for (row, counts) in runs.iter().enumerate() {
        let name = match row {
            0 => "guess".to_string(),
            k => format!("ev {}", KINDS[k - 1].as_str()),
        };
        let cols: String = counts
            .iter()
            .map(|c| {
                let lost = base.tp as i64 - c.tp as i64;
                let removed = base.fp as i64 - c.fp as i64;
                format!(" {:.4} -{lost:<3} +{removed:<4}", c.f1())
            })
            .collect();
        eprintln!("{name:<10}{cols}");
        // The best pooled F1 (the larger margin on a tie) that removes `MIN_GAIN` errors.
        let mut best: Option<(usize, f64)> = None;
        for (mi, c) in counts.iter().enumerate() {
            if gain(c) >= MIN_GAIN as i64
                && c.f1() > base.f1()
                && best.map_or(true, |(_, f)| c.f1() >= f)
            {
                best = Some((mi, c.f1()));
            }
        }
        if let Some((mi, _)) = best {
            chosen = match row {
                0 => Drops {
                    guess: DROP_TRIED[mi],
                    ..chosen
                },
                k => {
                    let mut e = chosen.evidence;
                    e[k - 1] = DROP_TRIED[mi];
                    Drops {
                        evidence: e,
                        ..chosen
                    }
                }
            };
        }
    }
    let mut all = Counts::default();
    for (held, model) in models {
        for a in articles.iter().filter(|a| &a.batch == held) {
            all += run(model, chosen, a)?;
        }
    }
    eprintln!(
        "chosen drop margins: guess {}, evidence (PERSON ORG PLACE PRODUCT EVENT) {:?}; pooled \
         held-out F1 {:.4} (dropping nothing {:.4}), gold matches lost {}, spurious removed {}",
        chosen.guess,
        chosen.evidence,
        all.f1(),
        base.f1(),
        base.tp as i64 - all.tp as i64,
        base.fp as i64 - all.fp as i64
    );
    Ok(chosen)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Training settings.
struct Config {
    epochs: usize,
    repeat: usize,
    seeds: usize,
    prune: f32,
    /// Multiclass logistic regression by SGD instead of the perceptron (`--logistic`).
    logistic: bool,
    /// Its first learning rate (`--rate`).
    rate: f64,
    /// Its L2 penalty per example (`--l2`).
    l2: f64,
    /// The factor its weights are scaled by, to the perceptron's scale of margins (`--scale`).
    scale: f64,
}

/// The mean of the weights of `cfg.seeds` averaged perceptrons, each on its own shuffle, pruned,
/// in feature order.
fn train_weights(examples: &[&(Sample, Kind)], cfg: &Config) -> BTreeMap<String, [f32; 5]> {
    let mut sum: BTreeMap<String, [f32; 5]> = BTreeMap::new();
    let mut rng = SEED;
    for _ in 0..cfg.seeds {
        let weights = if cfg.logistic {
            logistic(examples, cfg, rng)
        } else {
            perceptron(examples, cfg, rng)
        };
        for (f, w) in weights {
            let acc = sum.entry(f).or_default();
            for k in 0..5 {
                acc[k] += w[k] / cfg.seeds as f32;
            }
        }
        rng = rng.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    }
    sum.retain(|_, w| w.iter().any(|x| x.abs() >= cfg.prune));
    sum
}

/// The examples as feature ids and gold type index, with the features' names by id: ids by first
/// appearance, so that the order (and so the trained weights) is fixed.
fn index<'a>(examples: &[&'a (Sample, Kind)]) -> (Vec<&'a str>, Vec<(Vec<usize>, usize)>) {
    index_by(
        examples
            .iter()
            .map(|(s, k)| (s.features.as_slice(), kind_index(*k))),
    )
}

/// Examples given as features and a label, as feature ids and that label, with the features'
/// names by id: ids by first appearance, so that the order (and so the trained weights) is
/// fixed. The types' learners and NONE's index their examples alike.
fn index_by<'a, L>(
    examples: impl Iterator<Item = (&'a [String], L)>,
) -> (Vec<&'a str>, Vec<(Vec<usize>, L)>) {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let data = examples
        .map(|(features, label)| {
            let fs = features
                .iter()
                .map(|f| {
                    *ids.entry(f.as_str()).or_insert_with(|| {
                        names.push(f.as_str());
                        names.len() - 1
                    })
                })
                .collect();
            (fs, label)
        })
        .collect();
    (names, data)
}

/// The order in which one epoch visits the examples, before shuffling: each once, guess-only
/// ones `cfg.repeat` times.
fn visits(examples: &[&(Sample, Kind)], cfg: &Config) -> Vec<usize> {
    (0..examples.len())
        .flat_map(|i| {
            let n = if examples[i].0.guess_only {
                cfg.repeat
            } else {
                1
            };
            std::iter::repeat(i).take(n)
        })
        .collect()
}

/// Fisher-Yates with a xorshift generator, so that a seed gives the same order everywhere.
fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// The scores of the five types for an example with features `fs` under weights `w`.
fn score(w: &[[f64; 5]], fs: &[usize]) -> [f64; 5] {
    let mut s = [0f64; 5];
    for &f in fs {
        for k in 0..5 {
            s[k] += w[f][k];
        }
    }
    s
}

/// The averaged weights by feature name, from the last weights `w`, the sums `u` of updates
/// weighted by when they happened and the count `c` of steps, times `scale`; all-zero rows left
/// out.
fn averaged(
    names: &[&str],
    w: &[[f64; 5]],
    u: &[[f64; 5]],
    c: f64,
    scale: f64,
) -> BTreeMap<String, [f32; 5]> {
    let mut out = BTreeMap::new();
    for (f, name) in names.iter().enumerate() {
        let mut avg = [0f32; 5];
        for k in 0..5 {
            avg[k] = ((w[f][k] - u[f][k] / c) * scale) as f32;
        }
        if avg.iter().any(|x| *x != 0.0) {
            out.insert(name.to_string(), avg);
        }
    }
    out
}

/// Multiclass logistic regression weights by SGD with an L2 penalty on the features each
/// example has, averaged over the updates, unpruned, in feature order, shuffled from `seed`,
/// scaled by `cfg.scale`.
fn logistic(examples: &[&(Sample, Kind)], cfg: &Config, seed: u64) -> BTreeMap<String, [f32; 5]> {
    let (names, data) = index(examples);
    let mut w = vec![[0f64; 5]; names.len()];
    let mut u = vec![[0f64; 5]; names.len()];
    let mut c = 1f64;
    let mut order = visits(examples, cfg);
    let mut rng = seed;
    for epoch in 0..cfg.epochs {
        shuffle(&mut order, &mut rng);
        let eta = cfg.rate / (1.0 + epoch as f64);
        for &n in &order {
            let (fs, gold) = &data[n];
            let s = score(&w, fs);
            let top = s.iter().cloned().fold(f64::MIN, f64::max);
            let mut p = [0f64; 5];
            let mut z = 0.0;
            for k in 0..5 {
                p[k] = (s[k] - top).exp();
                z += p[k];
            }
            for k in 0..5 {
                let g = p[k] / z - if k == *gold { 1.0 } else { 0.0 };
                for &f in fs {
                    let d = eta * (g + cfg.l2 * w[f][k]);
                    w[f][k] -= d;
                    u[f][k] -= c * d;
                }
            }
            c += 1.0;
        }
    }
    averaged(&names, &w, &u, c, cfg.scale)
}

/// Averaged perceptron weights, unpruned, in feature order, shuffled from `seed`.
fn perceptron(examples: &[&(Sample, Kind)], cfg: &Config, seed: u64) -> BTreeMap<String, [f32; 5]> {
    let (names, data) = index(examples);
    let mut w = vec![[0f64; 5]; names.len()];
    // Sums of updates weighted by when they happened, for the average.
    let mut u = vec![[0f64; 5]; names.len()];
    let mut c = 1f64;
    let mut order = visits(examples, cfg);
    let mut rng = seed;
    for _ in 0..cfg.epochs {
        shuffle(&mut order, &mut rng);
        for &n in &order {
            let (fs, gold) = &data[n];
            let s = score(&w, fs);
            let mut best = 0;
            for k in 1..5 {
                if s[k] > s[best] {
                    best = k;
                }
            }
            if best != *gold {
                for &f in fs {
                    w[f][*gold] += 1.0;
                    w[f][best] -= 1.0;
                    u[f][*gold] += c;
                    u[f][best] -= c;
                }
            }
            c += 1.0;
        }
    }
    averaged(&names, &w, &u, c, 1.0)
}

/// The cross-validation of retyping evidence-typed entities, pooled over the held-out batches.
#[derive(Default)]
struct EvidenceTrial {
    /// By rules' type: evidence-typed examples, those whose rules' type is gold, and those whose
    /// type at each margin of `EVIDENCE_TRIED` is gold.
    n: [usize; 5],
    rules: [usize; 5],
    model: [[usize; EVIDENCE_TRIED.len()]; 5],
    /// Whether to list the evidence-typed entities the model would retype.
    verbose: bool,
    /// Entity counts with evidence left alone.
    baseline: Counts,
    /// Entity counts with evidence of every type retyped at each margin.
    all: [Counts; EVIDENCE_TRIED.len()],
    /// Entity counts with evidence of one type retyped at each margin.
    one: [[Counts; EVIDENCE_TRIED.len()]; 5],
}

impl EvidenceTrial {
    /// Adds held-out article `a`, typed by `model` (guess margin `guess`).
    fn add(
        &mut self,
        model: &Model,
        guess: f32,
        a: &Article,
        ex: &Extractor,
    ) -> Result<(), Box<dyn std::error::Error>> {
        for (s, gold) in a
            .examples
            .iter()
            .filter(|(s, _)| matches!(s.standing, Standing::Evidence | Standing::Titled))
        {
            let k = kind_index(s.rule);
            if self.verbose {
                let sc = model.scores(&s.features);
                if let Some(p) = model.predict(&s.features).filter(|p| *p != s.rule) {
                    eprintln!(
                        "    evidence {:<28} gold {:<7} rules {:<7} model {:<7} by {:.1}",
                        s.name,
                        gold.as_str(),
                        s.rule.as_str(),
                        p.as_str(),
                        sc[kind_index(p)] - sc[k]
                    );
                }
            }
            self.n[k] += 1;
            self.rules[k] += usize::from(s.rule == *gold);
            for (mi, &m) in EVIDENCE_TRIED.iter().enumerate() {
                let margins = Margins {
                    guess,
                    evidence: [m; 5],
                };
                let p = margins.retype(model, &s.features, s.rule, s.standing);
                self.model[k][mi] += usize::from(p == *gold);
            }
        }
        let run = |margins: Margins| -> Result<Counts, Box<dyn std::error::Error>> {
            let r = typer::with_model(Some((model.clone(), margins)), || ex.extract_path(&a.path))?;
            Ok(eval::score(&r, &a.gold).entities)
        };
        self.baseline += run(Margins::guesses(guess))?;
        for (mi, &m) in EVIDENCE_TRIED.iter().enumerate() {
            self.all[mi] += run(Margins {
                guess,
                evidence: [m; 5],
            })?;
            for k in 0..5 {
                let mut evidence = [f32::INFINITY; 5];
                evidence[k] = m;
                self.one[k][mi] += run(Margins { guess, evidence })?;
            }
        }
        Ok(())
    }

    /// Prints the type accuracy and F1 tables.
    fn report(&self, guess: f32) {
        let heads: Vec<String> = EVIDENCE_TRIED.iter().map(|m| format!("m{m}")).collect();
        eprintln!("evidence-typed entities, held out: type accuracy of the rules and of the model");
        eprintln!(
            "{:<8} {:>6} {:>7} {}",
            "rules",
            "n",
            "rules",
            heads.iter().map(|h| format!("{h:>7}")).collect::<String>()
        );
        let mut tot = (0, 0, [0usize; EVIDENCE_TRIED.len()]);
        for (k, kind) in KINDS.iter().enumerate() {
            let cols: String = self.model[k]
                .iter()
                .map(|&c| format!("{:>7.3}", ratio(c, self.n[k])))
                .collect();
            eprintln!(
                "{:<8} {:>6} {:>7.3} {cols}",
                kind.as_str(),
                self.n[k],
                ratio(self.rules[k], self.n[k])
            );
            tot.0 += self.n[k];
            tot.1 += self.rules[k];
            for (t, c) in tot.2.iter_mut().zip(self.model[k]) {
                *t += c;
            }
        }
        let cols: String = tot
            .2
            .iter()
            .map(|&c| format!("{:>7.3}", ratio(c, tot.0)))
            .collect();
        eprintln!(
            "{:<8} {:>6} {:>7.3} {cols}",
            "all",
            tot.0,
            ratio(tot.1, tot.0)
        );
        eprintln!(
            "evidence margins by rules' type: pooled held-out entity F1 (guess margin {guess}; \
             evidence left alone {:.4})",
            self.baseline.f1()
        );
        eprintln!(
            "{:<8}{}",
            "retyped",
            heads
                .iter()
                .map(|h| format!(" {h:<11}"))
                .collect::<String>()
        );
        // F1, and matched entities over leaving evidence alone.
        let row = |name: &str, c: &[Counts]| {
            let cols: String = c
                .iter()
                .map(|c| {
                    let d = c.tp as i64 - self.baseline.tp as i64;
                    format!(" {:.4}{:<+5}", c.f1(), d)
                })
                .collect();
            eprintln!("{name:<8}{cols}");
        };
        for (kind, one) in KINDS.iter().zip(&self.one) {
            row(kind.as_str(), one);
        }
        row("all", &self.all);
    }

    /// Per rules' type, the largest margin (the fewest changes) whose pooled F1 beats leaving
    /// evidence alone and that matches at least `MIN_GAIN` more gold entities than it, and no
    /// fewer than `MIN_GAIN` below the best margin (closer is noise); none (infinite) when no
    /// margin does.
    fn choose(&self, guess: f32) -> Margins {
        let mut evidence = [f32::INFINITY; 5];
        for (k, slot) in evidence.iter_mut().enumerate() {
            let best = self.one[k].iter().map(|c| c.tp).max().unwrap_or(0);
            for (mi, &m) in EVIDENCE_TRIED.iter().enumerate() {
                let c = self.one[k][mi];
                if c.tp >= self.baseline.tp + MIN_GAIN
                    && c.tp + MIN_GAIN >= best
                    && c.f1() > self.baseline.f1()
                {
                    *slot = m;
                }
            }
        }
        Margins { guess, evidence }
    }
}

/// The types in the order of the weights.
const KINDS: [Kind; 5] = [
    Kind::Person,
    Kind::Org,
    Kind::Place,
    Kind::Product,
    Kind::Event,
];

fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Person => 0,
        Kind::Org => 1,
        Kind::Place => 2,
        Kind::Product => 3,
        Kind::Event => 4,
    }
}
