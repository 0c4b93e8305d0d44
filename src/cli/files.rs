//! Output files: written atomically (a temporary file beside the destination, then a
//! rename), only over regular files, through symbolic links, with the modes a user expects;
//! `-o -` for standard output.

use std::fs::{self, Metadata};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use miette::Report;

use super::Failure;
use super::output::out;

/// `-`, which names standard input or standard output.
pub(crate) const STDIO: &str = "-";

/// Writes `text` to the file `output`, or to standard output when there is none or it is `-`.
/// Returns the file written, if any.
pub(crate) fn emit<'a>(
    output: Option<&'a Path>,
    text: &str,
    force: bool,
) -> Result<Option<&'a Path>, Failure> {
    match output.filter(|p| p.as_os_str() != STDIO) {
        Some(path) => {
            write_file(path, text, force)?;
            Ok(Some(path))
        }
        None => {
            out(text)?;
            Ok(None)
        }
    }
}

/// Where a write to a path lands: the path, or the target of the symbolic link at it, and
/// the regular file there now, if any.
struct Destination {
    /// The file to write or replace.
    target: PathBuf,
    /// The file there now, whose mode a replacement keeps.
    existing: Option<Metadata>,
}

impl Destination {
    /// Checks that `path` may be written: a symbolic link must point to a file that exists,
    /// and an existing file must be a regular file and may be replaced only with `force`.
    fn check(path: &Path, force: bool) -> Result<Self, Report> {
        let name = path.display();
        let target = match fs::symlink_metadata(path) {
            Ok(metadata) if metadata.file_type().is_symlink() => fs::canonicalize(path)
                .map_err(|e| {
                    miette::miette!(
                        "{name} is a symbolic link whose target cannot be resolved ({e}); nothing was written"
                    )
                })?,
            _ => path.to_path_buf(),
        };
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
        Ok(Self { target, existing })
    }

    /// The folder the target is in.
    fn dir(&self) -> &Path {
        match self.target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        }
    }
}

/// Writes `contents` to `path` atomically, never replacing an existing file unless `force`.
///
/// A symbolic link is written through: its target is the file written or replaced (a link
/// whose target does not exist is refused). Anything but a regular file (a folder, a device,
/// a FIFO, a socket) is never replaced. A new file gets the mode the umask allows (0644
/// under umask 022); a replaced file keeps its mode.
pub(crate) fn write_file(path: &Path, contents: &str, force: bool) -> Result<(), Report> {
    let destination = Destination::check(path, force)?;
    let file = staged(destination.existing.as_ref(), destination.dir(), contents)
        .map_err(|e| miette::miette!("cannot write {}: {e}", path.display()))?;
    let persisted = if force {
        file.persist(&destination.target)
    } else {
        file.persist_noclobber(&destination.target)
    };
    persisted.map_err(|e| miette::miette!("cannot write {}: {}", path.display(), e.error))?;
    Ok(())
}

/// `contents` in a new temporary file in `dir`, with the mode of the file it replaces, if
/// any, else the mode the umask allows.
fn staged(
    replaced: Option<&Metadata>,
    dir: &Path,
    contents: &str,
) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".unsc-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The kernel applies the umask to these bits, as for any new file.
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(dir)?;
    if let Some(metadata) = replaced {
        file.as_file().set_permissions(metadata.permissions())?;
    }
    file.write_all(contents.as_bytes())?;
    Ok(file)
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

/// Writes every file of `files` (name, contents) into the folder `out`, all or nothing: each
/// is first written in full beside its destination (a missing `out` is built as a temporary
/// folder beside it and renamed into place), and only then are they renamed into place. If a
/// rename still fails, the error names every file that was written.
pub(crate) fn write_folder(out: &Path, files: &[(&str, &str)], force: bool) -> Result<(), Report> {
    if out.is_dir() {
        fill(out, files, force)
    } else {
        create(out, files)
    }
}

/// Writes `files` into the existing folder `out`: every file staged beside its destination
/// first, then renamed into place.
fn fill(out: &Path, files: &[(&str, &str)], force: bool) -> Result<(), Report> {
    let destinations = files
        .iter()
        .map(|(file, _)| Destination::check(&out.join(file), force))
        .collect::<Result<Vec<_>, _>>()?;
    let mut staged_files = Vec::with_capacity(files.len());
    for (destination, (_, contents)) in destinations.iter().zip(files) {
        staged_files.push(
            staged(destination.existing.as_ref(), destination.dir(), contents).map_err(|e| {
                miette::miette!(
                    "cannot write in {}: {e}; nothing was written",
                    destination.dir().display()
                )
            })?,
        );
    }
    let mut written: Vec<&str> = Vec::new();
    for ((destination, (file, _)), staged_file) in destinations.iter().zip(files).zip(staged_files)
    {
        let persisted = if force {
            staged_file.persist(&destination.target)
        } else {
            staged_file.persist_noclobber(&destination.target)
        };
        if let Err(e) = persisted {
            return Err(miette::miette!(
                "cannot write {}: {}; {} of {} files were written before it: {}",
                out.join(file).display(),
                e.error,
                written.len(),
                files.len(),
                if written.is_empty() {
                    "none".to_owned()
                } else {
                    written.join(", ")
                }
            ));
        }
        written.push(file);
    }
    Ok(())
}

/// Builds the missing folder `out` as a temporary folder beside it, then renames it into place.
fn create(out: &Path, files: &[(&str, &str)]) -> Result<(), Report> {
    let name = out.display();
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent)
        .map_err(|e| miette::miette!("cannot create {}: {e}", parent.display()))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".unsc-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o777));
    }
    let staging = builder
        .tempdir_in(parent)
        .map_err(|e| miette::miette!("cannot write in {}: {e}", parent.display()))?;
    for (file, contents) in files {
        staged(None, staging.path(), contents)
            .and_then(|f| {
                f.persist_noclobber(staging.path().join(file))
                    .map_err(|e| e.error)
            })
            .map_err(|e| {
                miette::miette!(
                    "cannot write in {}: {e}; nothing was written",
                    parent.display()
                )
            })?;
    }
    fs::rename(staging.path(), out)
        .map_err(|e| miette::miette!("cannot create {name}: {e}; nothing was written"))?;
    // The folder is in place: there is nothing left to clean up.
    let _ = staging.keep();
    Ok(())
}
