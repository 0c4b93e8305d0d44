//! Load on `unsc serve`: 200 concurrent clients, each on its own keep-alive connection to
//! 127.0.0.1, send a classroom's mix of API calls; the latency of every call is recorded
//! and the percentiles printed. Twice: flat out (each client sends its next call as soon as
//! the last is answered: the server's throughput, and latency that is mostly queueing), and
//! paced (each client one call every 100 ms, a busy class). Bounded in count (200 × 50
//! calls each time) and in time (60 s each).
//!
//! `cargo bench --bench serve`

use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use unsc::web::{AppState, Catalogue, router};

const CLIENTS: usize = 200;
const CALLS_PER_CLIENT: usize = 50;
const TIME_LIMIT: Duration = Duration::from_mins(1);
const MALI: &str = "2023-08-30-mali-sanctions-france-uae";

/// The `n`th call of a client: mostly reading a scenario and changing a seat, as the
/// scenario page does, with some simulations and scenario lists.
fn call(n: usize) -> Request<Full<Bytes>> {
    let get = |uri: String| {
        Request::get(uri)
            .header("host", "127.0.0.1")
            .body(Full::new(Bytes::new()))
            .expect("request")
    };
    match n % 5 {
        0 => get(format!("/api/scenarios/{MALI}")),
        1 | 2 => Request::post(format!("/api/scenarios/{MALI}/whatif"))
            .header("host", "127.0.0.1")
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from_static(
                br#"{ "set": { "RUS": "abstain" } }"#,
            )))
            .expect("request"),
        3 => get("/api/scenarios/2023-08-30-mali-sanctions-odds/simulate".to_owned()),
        _ => get("/api/scenarios".to_owned()),
    }
}

async fn client(
    address: std::net::SocketAddr,
    deadline: Instant,
    pace: Option<Duration>,
    offset: Duration,
) -> Vec<Duration> {
    let stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect to 127.0.0.1");
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(connection);
    let mut latencies = Vec::with_capacity(CALLS_PER_CLIENT);
    // Paced clients start spread over one period, as students do, not all at once.
    let mut ticks = pace.map(|p| tokio::time::interval_at(tokio::time::Instant::now() + offset, p));
    for n in 0..CALLS_PER_CLIENT {
        if let Some(ticks) = &mut ticks {
            ticks.tick().await;
        }
        if Instant::now() > deadline {
            break;
        }
        let start = Instant::now();
        let response = sender.send_request(call(n)).await.expect("response");
        assert!(response.status().is_success(), "{}", response.status());
        response.into_body().collect().await.expect("body");
        latencies.push(start.elapsed());
    }
    latencies
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

async fn load(address: std::net::SocketAddr, pace: Option<Duration>) {
    let started = Instant::now();
    let deadline = started + TIME_LIMIT;
    let clients: Vec<_> = (0..CLIENTS)
        .map(|i| {
            let offset = pace.map_or(Duration::ZERO, |p| {
                p * u32::try_from(i).unwrap_or(0) / u32::try_from(CLIENTS).unwrap_or(1)
            });
            tokio::spawn(client(address, deadline, pace, offset))
        })
        .collect();
    let mut latencies = Vec::new();
    for c in clients {
        latencies.extend(c.await.expect("client"));
    }
    let wall = started.elapsed();
    latencies.sort_unstable();
    #[allow(clippy::cast_precision_loss)]
    let rate = latencies.len() as f64 / wall.as_secs_f64();
    let mode = pace.map_or_else(
        || "flat out".to_owned(),
        |p| format!("one call per {} ms each", p.as_millis()),
    );
    println!(
        "{CLIENTS} concurrent clients, {mode}: {} calls in {:.2} s ({rate:.0} calls/s)",
        latencies.len(),
        wall.as_secs_f64()
    );
    for (name, p) in [("p50", 0.50), ("p90", 0.90), ("p99", 0.99), ("max", 1.0)] {
        println!(
            "{name:>4} {:>8.2} ms",
            percentile(&latencies, p).as_secs_f64() * 1e3
        );
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let address = listener.local_addr().expect("address");
        let app = router(AppState::new(Catalogue::bundled().expect("bundled")));
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        load(address, None).await;
        load(address, Some(Duration::from_millis(100))).await;
        server.abort();
    });
}
