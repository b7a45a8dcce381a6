//! Writes a generated archive of news-like articles, for benchmarks: deterministic, as large as
//! asked, with the quotes, figures, names and abbreviations that real news carries.
//!
//! ```text
//! cargo run --release --example news_archive -- --mb 1000 --jsonl > archive.jsonl
//! cargo run --release --example news_archive -- --mb 50 --dir archive/
//! ```

use std::io::{BufWriter, Write};
use std::path::PathBuf;

const PEOPLE: &[&str] = &[
    "Ana Ruiz",
    "Chris Cox",
    "J. R. Okonkwo",
    "Mary-Kate O'Neill",
    "Luis de la Cruz",
    "Priya Natarajan",
    "Tomasz Wójcik",
    "Sarah Chen",
    "Kwame Mensah",
    "Dr. Helen Park",
    "Sen. Mark Ellison",
    "Gov. Rita Alvarez",
];
const ORGS: &[&str] = &[
    "Harbor Bank",
    "Meta",
    "the European Commission",
    "Northwind Energy Corp.",
    "the city council",
    "Alibaba",
    "the Office for National Statistics (ONS)",
    "Acme Inc.",
    "the U.S. Department of Energy",
];
const PLACES: &[&str] = &[
    "Nairobi",
    "Ohio",
    "the U.K.",
    "Lisbon",
    "Texas",
    "Jakarta",
    "Manchester",
    "Quebec",
];
const THINGS: &[&str] = &[
    "downloads",
    "users",
    "jobs",
    "homes",
    "tonnes of grain",
    "megawatts",
    "passengers",
    "vaccine doses",
    "votes",
];
const CUES: &[&str] = &[
    "said",
    "added",
    "told reporters",
    "wrote",
    "warned",
    "explained",
];
const OPENERS: &[&str] = &[
    "Meanwhile,",
    "However,",
    "On Tuesday,",
    "In the third quarter,",
    "Last year,",
    "By Jan. 5,",
];

/// A small deterministic generator (xorshift), so every run writes the same archive.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn num(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn sentence(r: &mut Rng) -> String {
    match r.num(8) {
        0 => format!(
            "{} {} reported {}.{} billion {}, up from {} million a year earlier.",
            r.pick(OPENERS), r.pick(ORGS), r.num(9) + 1, r.num(10), r.pick(THINGS), r.num(900) + 100
        ),
        1 => format!("\"We expect about {}% growth in {},\" {} {}.", r.num(40) + 1, r.pick(PLACES), r.pick(PEOPLE), r.pick(CUES)),
        2 => format!(
            "{} {}, \"the plan costs ${}.{}m and will take {} years.\"",
            r.pick(PEOPLE), r.pick(CUES), r.num(90) + 1, r.num(10), r.num(9) + 2
        ),
        3 => format!(
            "Thousands of {} in {} were affected, according to {}.",
            r.pick(THINGS), r.pick(PLACES), r.pick(ORGS)
        ),
        4 => format!(
            "The {}-year-old, who joined {} in {}, said revenue rose between {} and {} per cent.",
            r.num(50) + 20, r.pick(ORGS), 1990 + r.num(35), r.num(10), r.num(10) + 10
        ),
        5 => format!("“It is not over,” {} {}. “We will keep going.”", r.pick(PEOPLE), r.pick(CUES)),
        6 => format!(
            "Shares of {} fell {}.{}% to £{}.{}bn on the news, e.g. after a profit warning at {} p.m.",
            r.pick(ORGS), r.num(9), r.num(10), r.num(9) + 1, r.num(10), r.num(11) + 1
        ),
        _ => format!(
            "Nearly {} {} were counted in {}, i.e. more than double the figure of {} ago.",
            r.num(90_000) + 1000, r.pick(THINGS), r.pick(PLACES), r.pick(&["two years", "a decade", "five months"])
        ),
    }
}

fn article(r: &mut Rng) -> String {
    let mut out = format!(
        "{} and {} in {}\n\n",
        r.pick(ORGS),
        r.pick(PEOPLE),
        r.pick(PLACES)
    );
    let paragraphs = 4 + r.num(6);
    for p in 0..paragraphs {
        let n = 1 + r.num(4);
        let para: Vec<String> = (0..n).map(|_| sentence(r)).collect();
        out.push_str(&para.join(" "));
        if p + 1 < paragraphs {
            out.push_str("\n\n");
        }
    }
    out
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let get = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let mb: u64 = get("--mb").and_then(|s| s.parse().ok()).unwrap_or(10);
    let limit = mb * 1_000_000;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut written = 0u64;
    let mut i = 0u64;
    if let Some(dir) = get("--dir").map(PathBuf::from) {
        while written < limit {
            let sub = dir.join(format!("{:04}", i / 1000));
            std::fs::create_dir_all(&sub)?;
            let text = article(&mut rng);
            written += text.len() as u64;
            std::fs::write(sub.join(format!("{i:08}.txt")), text)?;
            i += 1;
        }
    } else {
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        while written < limit {
            let text = article(&mut rng);
            written += text.len() as u64;
            let line = serde_json::json!({"id": format!("gen-{i}"), "text": text});
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
            i += 1;
        }
        out.flush()?;
    }
    eprintln!(
        "news_archive: {i} articles, {:.1} MB of text",
        written as f64 / 1e6
    );
    Ok(())
}
