//! `fineprint` — the command-line face of the core.
//!
//! ```text
//! fineprint analyze [--json] FILE|DIR...   summary per document (JSON Lines with --json)
//! fineprint eval [--json] [--quiet] DIR     scores against a labelled evaluation set
//! fineprint links [--json] PAGE_URL FILE   policy-link candidates of a saved page
//! fineprint links --keywords-json           the content script's candidate-filter words
//! ```

mod analyze;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  fineprint analyze [--json] FILE|DIR...   analyse policies (HTML or text); DIRs recursively, in parallel
  fineprint eval [--json] [--quiet] DIR     score the analyser on an evaluation set (practices/, sentences/, links/)
  fineprint links [--json] PAGE_URL FILE   rank the policy links of a saved page
  fineprint links --keywords-json           the words of the content script's link filter (JSON; build.sh inlines them)
  fineprint explain FILE PRACTICE          every sentence on a practice's topic and the cues that fire";

/// Command-line errors: printed as one line, exit code 2.
#[derive(Debug)]
enum CliError {
    Usage(String),
    Eval(fineprint::eval::EvalError),
    Io(String, std::io::Error),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Usage(m) => write!(f, "{m}\n{USAGE}"),
            CliError::Eval(e) => write!(f, "{e}"),
            CliError::Io(p, e) => write!(f, "cannot read {p}: {e}"),
        }
    }
}

struct Args {
    command: String,
    json: bool,
    quiet: bool,
    keywords_json: bool,
    paths: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, CliError> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut args = Args {
        command: String::new(),
        json: false,
        quiet: false,
        keywords_json: false,
        paths: vec![],
    };
    while let Some(arg) = parser.next().map_err(|e| CliError::Usage(e.to_string()))? {
        match arg {
            Long("json") => args.json = true,
            Long("keywords-json") => args.keywords_json = true,
            Long("quiet") | Short('q') => args.quiet = true,
            Long("help") | Short('h') => return Err(CliError::Usage(String::new())),
            Value(v) if args.command.is_empty() => {
                args.command = v.string().map_err(|e| CliError::Usage(e.to_string()))?
            }
            Value(v) => args.paths.push(PathBuf::from(v)),
            other => return Err(CliError::Usage(other.unexpected().to_string())),
        }
    }
    Ok(args)
}

fn run() -> Result<(), CliError> {
    let args = parse_args()?;
    match args.command.as_str() {
        "analyze" | "analyse" => {
            if args.paths.is_empty() {
                return Err(CliError::Usage(
                    "analyze needs at least one FILE or DIR".into(),
                ));
            }
            analyze::run(&args.paths, args.json)
        }
        "eval" => {
            let [dir] = args.paths.as_slice() else {
                return Err(CliError::Usage("eval needs exactly one DIR".into()));
            };
            let out = fineprint::eval::eval_dir(dir).map_err(CliError::Eval)?;
            if args.json {
                println!("{}", serde_json::to_string(&out).unwrap_or_default());
            } else {
                if let Some(s) = &out.practices {
                    print!(
                        "{}",
                        fineprint::eval::practices::format_set("practices", s, !args.quiet)
                    );
                }
                if let Some(s) = &out.sentences {
                    print!(
                        "{}",
                        fineprint::eval::practices::format_set("sentences", s, !args.quiet)
                    );
                }
                if let Some(s) = &out.links {
                    print!("{}", fineprint::eval::links::format_links(s));
                }
            }
            Ok(())
        }
        "links" if args.keywords_json => {
            // `links::candidate_words`, with the folding as an object (character → folded).
            let w = fineprint::links::candidate_words();
            let fold: serde_json::Map<String, serde_json::Value> = w
                .fold
                .iter()
                .map(|(c, f)| (c.to_string(), serde_json::Value::from(f.as_str())))
                .collect();
            let out = serde_json::json!({ "text": w.text, "url": w.url, "fold": fold });
            println!("{out}");
            Ok(())
        }
        "links" => {
            let [url, file] = args.paths.as_slice() else {
                return Err(CliError::Usage("links needs PAGE_URL and FILE".into()));
            };
            let bytes =
                std::fs::read(file).map_err(|e| CliError::Io(file.display().to_string(), e))?;
            let html = fineprint::text::decode(&bytes, &fineprint::Hints::default());
            let found = fineprint::find_policy_links_in_html(&html, &url.to_string_lossy());
            if args.json {
                println!("{}", serde_json::to_string(&found).unwrap_or_default());
            } else if found.is_empty() {
                println!("no policy link found; conventional paths to try:");
                for p in fineprint::links::conventional_paths(&url.to_string_lossy()) {
                    println!("  {p}");
                }
            } else {
                for l in &found {
                    println!(
                        "{:>6.1}  {:<13} {}  ({})  — {}",
                        l.score,
                        format!("{:?}", l.kind),
                        l.url,
                        l.text,
                        l.reasons.join("; ")
                    );
                }
            }
            Ok(())
        }
        "explain" => {
            let [file, practice] = args.paths.as_slice() else {
                return Err(CliError::Usage("explain needs FILE and PRACTICE".into()));
            };
            let bytes =
                std::fs::read(file).map_err(|e| CliError::Io(file.display().to_string(), e))?;
            let text = fineprint::text::extract(&bytes, &fineprint::Hints::default());
            let seg = fineprint::segment::segment(&text);
            for x in fineprint::practices::engine::explain(&text, &seg, &practice.to_string_lossy())
            {
                let sig: Vec<String> = x
                    .signals
                    .iter()
                    .map(|(v, s, ex)| format!("{}{} [{}]", v.as_str(), s, ex))
                    .collect();
                let skip = if x.analysed { "" } else { "(not analysed) " };
                println!(
                    "- {skip}{}\n    § {}\n    => {}",
                    x.sentence,
                    x.section,
                    if sig.is_empty() {
                        "-".into()
                    } else {
                        sig.join(" | ")
                    }
                );
            }
            Ok(())
        }
        "" => Err(CliError::Usage("no command given".into())),
        other => Err(CliError::Usage(format!("unknown command `{other}`"))),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fineprint: {e}");
            ExitCode::from(2)
        }
    }
}
