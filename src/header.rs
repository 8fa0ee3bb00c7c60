//! The header: title, date, spokesperson(s) and institution, read from the
//! lines before the first label ("Foreign Ministry Spokesperson Lu Kang's
//! Regular Press Conference on May 17, 2018", "2016年12月5日外交部发言人陆慷
//! 主持例行记者会"). A title repeated on the next line is part of the header
//! too; so is a line holding nothing but a date.

use crate::lines::Line;
use crate::model::HeaderLine;
use crate::rooms::Room;

/// What the header says.
#[derive(Debug, Default)]
pub(crate) struct Header {
    pub title: Option<String>,
    pub date: Option<String>,
    pub spokespersons: Vec<String>,
    /// The header lines, with the index of each in the line list.
    pub lines: Vec<(usize, HeaderLine)>,
    /// The index of the title's line: the lines above it (a site's banner
    /// and menus, a press-release block) are page chrome.
    pub title_at: Option<usize>,
}

const TITLE_WORDS: [&str; 20] = [
    "press conference",
    "briefing",
    "press briefing",
    "remarks",
    "transcript",
    "记者会",
    "吹风会",
    "例行",
    "发布会",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "interview",
    "press availability",
    "press gaggle",
    "teleconference",
    "state department official",
    "senior administration official",
    "on-the-record",
    "background call",
];

/// How far down a page the title is looked for, in non-blank lines.
const TITLE_REACH: usize = 12;

/// How much each of the first lines reads as a title (the line's index,
/// its score), for [`best_title`]: title words ("Press Briefing", "记者会"),
/// "by" someone, a date; not a sentence, not a site's menu ("Return to
/// Transcripts main page", "Press "Enter" to skip to content"). Made once a
/// parse: the room's detection and the header both ask for the title.
pub(crate) fn title_scores(text: &str, lines: &[Line]) -> Vec<(usize, i32)> {
    let mut scores = Vec::with_capacity(TITLE_REACH);
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| !l.is_blank()).take(TITLE_REACH) {
        let s = line.content(text);
        if s.len() > 400 || is_only_date(s) {
            continue;
        }
        let lower = s.to_ascii_lowercase();
        let mut score = 0;
        let has = |w: &str| crate::text::contains(&lower, w);
        score += 2 * i32::from(TITLE_WORDS.iter().any(|w| has(w)));
        score += 2 * i32::from(has(" by ") || lower.starts_with("by "));
        score += 2 * i32::from(s.len() < 200 && date_in(s).is_some());
        score -= 4 * i32::from(crate::text::ends_sentence(s) && !s.ends_with(':'));
        score -= 4 * i32::from(["main page", "return to", "skip to", "cookie"].iter().any(|n| has(n)));
        scores.push((i, score));
    }
    scores
}

/// The title among the lines above `zone` (before the first label): the
/// line that scores best (the first of equals), if it scores 2 or more. The
/// same as scoring those lines alone: the lines scored are the first
/// non-blank ones, and a line's score is its own.
pub(crate) fn best_title(scores: &[(usize, i32)], zone: usize) -> Option<usize> {
    let mut best: Option<(i32, usize)> = None;
    for &(i, score) in scores.iter().take_while(|(i, _)| *i < zone) {
        if score >= 2 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Reads the header from the first lines, stopping at `first_label` (the
/// index of the first labelled line) or after a few lines. The room's page
/// chrome among them is left to the turns (it is shown as chrome); the room
/// reads the officials' names from the title and the lines under it.
pub(crate) fn read(
    text: &str,
    lines: &[Line],
    title_scores: &[(usize, i32)],
    first_label: usize,
    room: &dyn Room,
) -> Header {
    let mut h = Header::default();
    let zone = first_label.min(lines.len());
    let title_at = best_title(title_scores, zone);
    h.title_at = title_at;
    let mut seen_title = false;
    for (i, line) in lines[..zone].iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        let content = line.content(text);
        if title_at.is_some_and(|t| i < t) {
            // Above the title: chrome, but for a date alone on its line.
            if is_only_date(content) && date_in(content).is_some() {
                h.date = h.date.or_else(|| date_in(content));
                h.lines.push((i, HeaderLine { role: "dateline".into(), text: content.to_string(), span: line.span() }));
            }
            continue;
        }
        // The room's chrome ends the header and is left to the turns, but for
        // the lines its header carries (the place, the start time, a
        // press-release block).
        let block = room.header_line(content);
        let titled = !seen_title
            && (title_at == Some(i) || (title_at.is_none() && h.lines.is_empty() && looks_like_title(content)));
        if !block && !titled && room.is_chrome(content) {
            break;
        }
        let role = if titled {
            seen_title = true;
            h.title = Some(content.to_string());
            "title"
        } else if h.title.as_deref() == Some(content) {
            "title_repeat"
        } else if content.len() <= 40 && date_in(content).is_some() && is_only_date(content) {
            "dateline"
        } else if block
            || (seen_title
                && h.lines.len() < 4
                && content.chars().count() <= 80
                && !crate::text::ends_sentence(content)
                && !crate::turns::is_chrome(content, room))
        {
            // "James S. Brady Press Briefing Room", "1:45 P.M. EST".
            "subtitle"
        } else {
            // The header ends at the first line that is none of these.
            break;
        };
        if h.date.is_none() {
            h.date = date_in(content);
        }
        h.lines.push((i, HeaderLine { role: role.to_string(), text: content.to_string(), span: line.span() }));
    }
    if h.date.is_none() {
        h.date = h.title.as_deref().and_then(|t| room.title_date(t));
    }
    let under: Vec<&str> = h.lines.iter().filter(|(_, l)| l.role == "subtitle").map(|(_, l)| l.text.as_str()).collect();
    h.spokespersons = room.header_names(h.title.as_deref(), &under);
    h
}

fn looks_like_title(s: &str) -> bool {
    // A date alone is a dateline, not a title.
    if s.len() > 400 || is_only_date(s) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    TITLE_WORDS.iter().any(|w| crate::text::contains(&lower, w)) || (s.len() < 200 && date_in(s).is_some())
}

pub(crate) fn is_only_date(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().all(|c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日')) || month(w).is_some())
}

/// The names after "Spokesperson" / "发言人" in a title.
pub(crate) fn spokespersons_in(title: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(at) = title.find("发言人") {
        let rest = &title[at + "发言人".len()..];
        let end =
            ["主持", "答", "就", "在", "举行", "例行"].iter().filter_map(|k| rest.find(k)).min().unwrap_or(rest.len());
        for name in rest[..end].split(['、', '和', '与']) {
            let name = name.trim();
            if !name.is_empty() && name.chars().count() <= 6 {
                out.push(name.to_string());
            }
        }
        return out;
    }
    let lower = title.to_ascii_lowercase();
    let key = ["spokespersons ", "spokesperson ", "spokeswoman ", "spokesman ", "press secretary "]
        .iter()
        .find_map(|k| lower.find(k).map(|at| at + k.len()));
    let Some(start) = key else { return out };
    let rest = &title[start..];
    let mut names = String::new();
    for word in rest.split(' ') {
        let (w, possessive) = match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
            Some(w) => (w, true),
            None => (word, false),
        };
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if !(cap || w == "and") || ["Regular", "Press", "Holds", "Hosts", "On", "At"].contains(&w) {
            break;
        }
        if !names.is_empty() {
            names.push(' ');
        }
        names.push_str(w.trim_end_matches(','));
        if possessive || w.ends_with(',') {
            break;
        }
    }
    out.extend(names.split(" and ").map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
    out
}

/// The first date in `s`, as ISO `YYYY-MM-DD`.
pub(crate) fn date_in(s: &str) -> Option<String> {
    chinese_date(s).or_else(|| iso_date(s)).or_else(|| english_date(s))
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// "2016年12月5日".
fn chinese_date(s: &str) -> Option<String> {
    let at = s.find('年')?;
    let y: u32 = s[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .ok()?;
    let rest = &s[at + '年'.len_utf8()..];
    let (m, rest) = rest.split_once('月')?;
    let (d, _) = rest.split_once('日')?;
    iso(y, m.trim().parse().ok()?, d.trim().parse().ok()?)
}

/// "2016-12-05".
fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digits = |r: std::ops::Range<usize>| w[r].iter().all(u8::is_ascii_digit);
        if digits(0..4)
            && w[4] == b'-'
            && digits(5..7)
            && w[7] == b'-'
            && digits(8..10)
            && (i == 0 || !b[i - 1].is_ascii_digit())
        {
            let n = |r: std::ops::Range<usize>| std::str::from_utf8(&w[r]).ok()?.parse().ok();
            iso(n(0..4)?, n(5..7)?, n(8..10)?)
        } else {
            None
        }
    })
}

/// "May 17, 2018", "17 May 2018", "Sept. 14, 2020".
fn english_date(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        let num = |j: usize| words.get(j).and_then(|w| w.parse::<u32>().ok());
        if let (Some(d), Some(y)) = (num(i + 1), num(i + 2)) {
            if let Some(date) = iso(y, m as u32, d) {
                return Some(date);
            }
        }
        if let (Some(d), Some(y)) = (i.checked_sub(1).and_then(num), num(i + 1)) {
            if let Some(date) = iso(y, m as u32, d) {
                return Some(date);
            }
        }
    }
    None
}

fn month(w: &str) -> Option<usize> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // Compared case aside in place: every word of the first lines is asked.
    let w = w.as_bytes();
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            let m = m.as_bytes();
            m.eq_ignore_ascii_case(w) || (w.len() <= 4 && m.len() >= w.len() && m[..w.len()].eq_ignore_ascii_case(w))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_dates_in_every_form() {
        assert_eq!(date_in("Regular Press Conference on May 17, 2018").as_deref(), Some("2018-05-17"));
        assert_eq!(date_in("2016年12月5日外交部发言人陆慷主持例行记者会").as_deref(), Some("2016-12-05"));
        assert_eq!(date_in("　2016-12-05").as_deref(), Some("2016-12-05"));
        assert_eq!(date_in("Briefing, 14 Sept 2020").as_deref(), Some("2020-09-14"));
        assert_eq!(date_in("no date here, may be"), None);
    }

    #[test]
    fn should_read_spokespersons_from_titles() {
        assert_eq!(
            spokespersons_in("Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 17, 2018"),
            ["Lu Kang"]
        );
        assert_eq!(
            spokespersons_in("Foreign Ministry Spokesperson Wang Wenbin's regular press conference"),
            ["Wang Wenbin"]
        );
        assert_eq!(spokespersons_in("2016年12月5日外交部发言人陆慷主持例行记者会"), ["陆慷"]);
        assert_eq!(
            spokespersons_in("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow"),
            ["Maria Zakharova"]
        );
    }
}
