//! `unsc serve` in a real browser: the router is served on 127.0.0.1 (port 0), headless
//! Chromium is driven through the `DevTools` protocol, the Russian Federation's seat is
//! clicked until it abstains, and the verdict and tally must follow; a key press changes
//! another seat; a screenshot is saved; a meeting's page is read; and the console must stay
//! silent.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};
use unsc::web::{AppState, Catalogue, router};

use crate::support::headless_chromium;

/// How many times to look again, 50 ms apart, for something the page is still doing.
const POLLS: usize = 200;

/// Serves the site on a free port of 127.0.0.1 from a background thread.
fn serve() -> String {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind 127.0.0.1");
            tx.send(listener.local_addr().expect("address"))
                .expect("send");
            let app = router(AppState::new(Catalogue::bundled().expect("bundled")));
            axum::serve(listener, app).await.expect("serve");
        });
    });
    let address = rx.recv().expect("the server started");
    format!("http://{address}")
}

/// A browser session over one `DevTools` WebSocket, attached to one page.
struct Browser {
    child: Child,
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    session: String,
    next_id: u64,
    /// Console errors, exceptions and log errors seen so far.
    errors: Vec<String>,
}

impl Browser {
    fn launch(profile: &Path) -> Self {
        let mut child = headless_chromium(profile)
            .args(["--remote-debugging-port=0", "--window-size=1100,1500"])
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("DevTools listening on ") {
                    tx.send(url.trim().to_owned()).ok();
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_mins(1))
            .expect("Chromium printed its DevTools address");
        let (socket, _) = tungstenite::connect(url).expect("DevTools WebSocket");
        let mut browser = Self {
            child,
            socket,
            session: String::new(),
            next_id: 0,
            errors: Vec::new(),
        };
        let target = browser.call("Target.createTarget", json!({ "url": "about:blank" }));
        let attached = browser.call(
            "Target.attachToTarget",
            json!({ "targetId": target["targetId"], "flatten": true }),
        );
        attached["sessionId"]
            .as_str()
            .expect("a session")
            .clone_into(&mut browser.session);
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            browser.call(domain, json!({}));
        }
        browser
    }

    /// Sends a command (to the page once attached) and waits for its answer, noting errors
    /// reported on the way.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method });
        message["params"] = params;
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .expect("send");
        loop {
            let Message::Text(text) = self.socket.read().expect("read") else {
                continue;
            };
            let reply: Value = serde_json::from_str(&text).expect("JSON");
            if reply["id"] == id {
                assert!(reply.get("error").is_none(), "{method}: {reply}");
                return reply["result"].clone();
            }
            self.note(&reply);
        }
    }

    fn note(&mut self, event: &Value) {
        let params = &event["params"];
        match event["method"].as_str() {
            Some("Runtime.exceptionThrown") => self.errors.push(params.to_string()),
            Some("Runtime.consoleAPICalled")
                if matches!(
                    params["type"].as_str(),
                    Some("error" | "warning" | "assert")
                ) =>
            {
                self.errors.push(params["args"].to_string());
            }
            Some("Log.entryAdded") if params["entry"]["level"] == "error" => {
                self.errors.push(params["entry"]["text"].to_string());
            }
            _ => {}
        }
    }

    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {result}"
        );
        result["result"]["value"].clone()
    }

    /// Evaluates `expression` until it is true, 50 ms apart, at most [`POLLS`] times.
    fn wait_for(&mut self, expression: &str) {
        for _ in 0..POLLS {
            if self.eval(expression) == json!(true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("the page never satisfied {expression}");
    }

    fn click(&mut self, selector: &str) {
        let centre = self.eval(&format!(
            "(() => {{ const e = document.querySelector('{selector}'); e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ));
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({ "type": kind, "x": centre[0], "y": centre[1], "button": "left", "clickCount": 1 }),
            );
        }
    }

    fn text(&mut self, id: &str) -> String {
        self.eval(&format!("document.getElementById('{id}').textContent"))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

#[test]
#[cfg_attr(
    not(has_chromium),
    ignore = "Chromium is not installed; .ci/run installs Debian's chromium and runs this test"
)]
fn a_seat_clicked_in_chromium_changes_the_verdict() {
    let base = serve();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut browser = Browser::launch(&dir.path().join("profile"));
    browser.call(
        "Page.navigate",
        json!({ "url": format!("{base}/scenarios/2023-08-30-mali-sanctions-france-uae") }),
    );
    browser.wait_for("document.readyState === 'complete' && document.getElementById('rules').children.length > 0");
    assert_eq!(browser.text("verdict"), "VETOED");
    assert_eq!(browser.text("tally"), "13-1-1");

    let rus = "#horseshoe [data-member=RUS]";
    let vote = format!("document.querySelector('{rus}').dataset.vote");
    for _ in 0..4 {
        if browser.eval(&vote) == json!("abstain") {
            break;
        }
        browser.click(&format!("{rus} .seat-disc"));
    }
    assert_eq!(
        browser.eval(&vote),
        json!("abstain"),
        "the seat cycles to abstain"
    );
    browser.wait_for("document.getElementById('verdict').textContent === 'ADOPTED'");
    assert_eq!(browser.text("tally"), "13-0-2");
    assert_eq!(browser.text("horseshoe-tally"), "13-0-2");
    assert!(
        !browser
            .eval("document.getElementById('hypothetical').hidden")
            .as_bool()
            .unwrap_or(true)
    );
    assert_eq!(
        browser.eval(&format!(
            "document.querySelector('{rus} title').textContent"
        )),
        json!("Russian Federation (permanent member): abstained"),
        "the seat's text alternative follows its vote"
    );

    // The keyboard: Enter on China's seat (abstaining) makes it absent.
    browser.eval("document.querySelector('#horseshoe [data-member=CHN]').focus()");
    for kind in ["keyDown", "keyUp"] {
        browser.call(
            "Input.dispatchKeyEvent",
            json!({ "type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13 }),
        );
    }
    browser.wait_for(
        "document.querySelector('#horseshoe [data-member=CHN]').dataset.vote === 'absent'",
    );
    browser.wait_for("document.getElementById('tally').textContent === '13-0-1'");
    assert_eq!(browser.text("verdict"), "ADOPTED");

    // The record, compared.
    browser.click("#compare");
    browser.wait_for("!document.getElementById('record-diff').hidden");
    assert!(
        browser
            .text("record-diff")
            .contains("Russian Federation voted no, here abstain")
    );

    let shot = browser.call(
        "Page.captureScreenshot",
        json!({ "format": "png", "captureBeyondViewport": true }),
    );
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().expect("image data"))
        .expect("base64");
    assert!(
        png.len() > 10_000 && png.starts_with(b"\x89PNG"),
        "a real screenshot"
    );
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-screenshot.png");
    std::fs::write(&path, &png).expect("screenshot written");

    // A meeting's page: its explanation, read without the script, nothing refused by the
    // policy (a refused inline style is a console error).
    browser.call(
        "Page.navigate",
        json!({ "url": format!("{base}/documents/2023-08-30-mali-sanctions-meeting") }),
    );
    browser.wait_for(
        "document.readyState === 'complete' && document.body.dataset.page === 'document'",
    );
    assert!(
        browser
            .eval("document.querySelector('h1').textContent")
            .as_str()
            .is_some_and(|h1| h1.starts_with("Meeting: Mali sanctions")),
        "the meeting's heading"
    );
    assert_eq!(
        browser.eval("getComputedStyle(document.querySelector('.verdict')).fontWeight"),
        json!("700"),
        "the classroom's stylesheet applies"
    );

    let errors = std::mem::take(&mut browser.errors);
    assert!(errors.is_empty(), "console errors: {errors:?}");
}
