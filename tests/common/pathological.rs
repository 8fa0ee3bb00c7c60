//! Pathological inputs, in the spirit of cmark's pathological tests: each
//! case is a generator taking a size factor, so the test runs them small
//! and the benchmark (`cargo bench --bench pathological`) runs them at
//! 5 MB and 50 MB to show time grows linearly.

/// A named generator: `make(n)` builds about `n` bytes of input.
pub struct Case {
    pub name: &'static str,
    pub make: fn(usize) -> String,
}

fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat((n / unit.len()).max(1))
}

pub const CASES: &[Case] = &[
    Case { name: "label lines with no text (Q:)", make: |n| repeat_to("Q:\n", n) },
    Case { name: "记者： repeated on one line", make: |n| repeat_to("记者：", n) },
    Case { name: "one line, no newline", make: |n| repeat_to("word ", n) },
    Case { name: "CR-only line endings", make: |n| repeat_to("Q: a?\rA: b.\r", n) },
    Case { name: "one-word lines", make: |n| repeat_to("word\n", n) },
    Case {
        name: "deep brackets and quotes",
        make: |n| {
            let d = n / 8;
            format!(
                "Q: {}{}?\n\nA: {}{}.\n",
                "(“".repeat(d / 4),
                "”)".repeat(d / 4),
                "[《".repeat(d / 4),
                "》]".repeat(d / 4)
            )
        },
    },
    Case { name: "NUL bytes", make: |n| repeat_to("Q: a\0b?\n\nA: \0\0.\n\n", n) },
    Case {
        name: "BOM and zero-width characters",
        make: |n| repeat_to("\u{feff}Q:\u{200b} a?\u{200d}\n\n\u{2060}A\u{200c}: b.\n\n", n),
    },
    Case {
        name: "NBSP and U+3000 indentation",
        make: |n| repeat_to("\u{a0}\u{3000}问：好吗？\n\n\u{3000}\u{3000}答：好。\n\n", n),
    },
    Case {
        name: "odd colons U+FF1A U+FE55 U+2236",
        make: |n| repeat_to("路透社记者\u{ff1a}a？\n\n答\u{fe55}b。\n\nQ\u{2236} c?\n\n", n),
    },
    Case { name: "U+2028 and U+2029 line breaks", make: |n| repeat_to("Q: a?\u{2028}\u{2029}A: b.\u{2028}", n) },
    Case {
        name: "bidi controls in names",
        make: |n| repeat_to("\u{202e}Reuters\u{202c}: a?\n\n\u{2067}Wang Wenbin\u{2069}: b.\n\n", n),
    },
    Case {
        name: "multi-part question markers",
        make: |n| {
            format!(
                "Q: {}\n\nA: {}\n",
                repeat_to("In addition, why? Second question, how? ", n / 2),
                repeat_to("Regarding your second question, I have already answered it just now.\n\n", n / 2)
            )
        },
    },
    Case {
        name: "split labels (outlet / reporter:)",
        make: |n| repeat_to("NHK\n\nreporter: a?\n\n  Wang Wenbin: b.\n\n", n),
    },
    Case { name: "page chrome lines", make: |n| repeat_to("来源：\n（供稿）\n2016-12-05\n打印本页\n", n) },
];
