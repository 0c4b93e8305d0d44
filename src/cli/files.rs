//! Output files: written atomically (a temporary file beside the destination, then a
//! rename), only over regular files, through symbolic links, with the modes a user expects.

use std::fs::{self, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use miette::Report;

/// Writes `contents` to `path` atomically, never replacing an existing file unless `force`.
///
/// A symbolic link is written through: its target is the file written or replaced (a link
/// whose target does not exist is refused). Anything but a regular file (a folder, a device,
/// a FIFO, a socket) is never replaced. A new file gets the mode the umask allows (0644
/// under umask 022); a replaced file keeps its mode.
pub(crate) fn write_file(path: &Path, contents: &str, force: bool) -> Result<(), Report> {
    let name = path.display();
    let target = destination(path)?;
    let existing = match fs::metadata(&target) {
        Ok(metadata) => Some(metadata),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(miette::miette!("cannot write {name}: {e}")),
    };
    if let Some(metadata) = &existing {
        if !metadata.is_file() {
            return Err(miette::miette!(
                "{name} is {}, not a regular file; refusing to replace it",
                kind(metadata)
            ));
        }
        if !force {
            return Err(miette::miette!(
                "{name} exists; use --force to overwrite it"
            ));
        }
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".unsc-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The kernel applies the umask to these bits, as for any new file.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut file = builder
        .tempfile_in(dir)
        .map_err(|e| miette::miette!("cannot write in {}: {e}", dir.display()))?;
    if let Some(metadata) = &existing {
        file.as_file()
            .set_permissions(metadata.permissions())
            .map_err(|e| miette::miette!("cannot keep the mode of {name}: {e}"))?;
    }
    file.write_all(contents.as_bytes())
        .map_err(|e| miette::miette!("cannot write {name}: {e}"))?;
    let persisted = if force {
        file.persist(&target)
    } else {
        file.persist_noclobber(&target)
    };
    persisted.map_err(|e| miette::miette!("cannot write {name}: {}", e.error))?;
    Ok(())
}

/// The file a write to `path` lands in: `path`, or the target of the symbolic link at it.
fn destination(path: &Path) -> Result<PathBuf, Report> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => fs::canonicalize(path).map_err(|e| {
            miette::miette!(
                "{} is a symbolic link whose target cannot be resolved ({e}); nothing was written",
                path.display()
            )
        }),
        _ => Ok(path.to_path_buf()),
    }
}

/// What a file that is not a regular file is, for a message.
fn kind(metadata: &Metadata) -> &'static str {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
    }
    "not a file"
}
