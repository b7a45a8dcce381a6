//! News-like articles, generated: deterministic, with the quotes, figures, names and
//! abbreviations that real news carries. Shared by the `news_archive` example (which writes
//! archives of any size) and the pipeline benchmark.

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
pub struct Rng(pub u64);

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

/// One article: a headline and four to nine paragraphs of one to four sentences.
pub fn article(r: &mut Rng) -> String {
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

/// The articles the generator writes first, up to about `bytes` of text.
#[allow(dead_code)]
pub fn archive(bytes: usize) -> Vec<String> {
    let mut rng = Rng(SEED);
    let mut out = Vec::new();
    let mut n = 0;
    while n < bytes {
        let a = article(&mut rng);
        n += a.len();
        out.push(a);
    }
    out
}

/// The seed of every archive, so every run writes the same one.
pub const SEED: u64 = 0x9E37_79B9_7F4A_7C15;
