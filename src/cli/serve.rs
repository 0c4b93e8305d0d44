//! `unsc serve`: binds the address, runs the library's web router, stops on Ctrl-C.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use unsc::scenario;
use unsc::web::{AppState, Catalogue, router};

use super::history::scenario_files;
use super::output::{diag, out};
use super::{Failure, print_problems, read};

/// The bundled scenarios and those under `paths` (votes, meetings, election rounds and straw
/// polls), each checked before the server starts.
fn catalogue(paths: &[PathBuf]) -> Result<Catalogue, Failure> {
    let mut catalogue = Catalogue::bundled().map_err(|error| {
        print_problems(&error);
        Failure::Reported
    })?;
    for file in scenario_files(paths)? {
        let input = read(&file)?;
        let document = scenario::load_document(&input.name, &input.text).map_err(|error| {
            print_problems(&error);
            Failure::Reported
        })?;
        catalogue.add(document);
    }
    Ok(catalogue)
}

pub(super) fn serve(paths: &[PathBuf], host: IpAddr, port: u16) -> Result<ExitCode, Failure> {
    let catalogue = catalogue(paths)?;
    let count = catalogue.entries().len() + catalogue.readings().len();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| miette::miette!("cannot start the server: {e}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind((host, port))
            .await
            .map_err(|e| miette::miette!("cannot listen on {host}:{port}: {e}"))?;
        let address = listener
            .local_addr()
            .map_err(|e| miette::miette!("cannot read the server's address: {e}"))?;
        let port = address.port();
        let banner = if host.is_unspecified() {
            format!(
                "Serving {count} scenarios on every network interface, port {port}.\n\
                 Note: anyone on this network can open the pages and submit predictions at http://<this machine's address>:{port}/ — use it only on a network you trust, and stop it after class.\n"
            )
        } else {
            format!("Serving {count} scenarios at http://{address}/\n")
        };
        // The server keeps serving if nobody reads its banner (a closed standard output).
        let _ = out(&format!("{banner}Press Ctrl-C to stop.\n"));
        axum::serve(listener, router(AppState::new(catalogue)))
            .with_graceful_shutdown(async {
                // If the signal cannot be awaited, serve until killed.
                if tokio::signal::ctrl_c().await.is_err() {
                    std::future::pending::<()>().await;
                }
            })
            .await
            .map_err(|e| miette::miette!("the server stopped: {e}"))?;
        diag!("stopped");
        Ok(ExitCode::SUCCESS)
    })
}
