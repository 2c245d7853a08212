//! Gzip copies of the bulk files (`NAME.json.gz`, `NAME.csv.gz`), with
//! the same bytes from build to build: no file name and a modification time
//! of 0 in the header (RFC 1952: "no time stamp is available"), operating
//! system 255 ("unknown"), one member, level 6.
//!
//! A file is compressed in pieces on every core, the way pigz does: each
//! piece is a raw deflate stream primed with the 32 KiB before it as its
//! dictionary (so matches still reach back across the cut) and ended with
//! a sync flush (an empty stored block that ends on a byte), the last one
//! with the final block; the pieces joined make one deflate stream, in one
//! gzip member whose CRC-32 is the pieces' CRCs combined. Any gzip reader
//! reads it (`gzip -d`, zcat, Python's gzip, pandas, browsers, flate2's
//! `GzDecoder`). What the cuts cost: a few bytes of sync flush per MiB,
//! and matches at the start of a piece that the dictionary does not cover
//! (the 196 MB `associations.json` of 10,000 associations with bodies in
//! three languages: 27,852,718 bytes instead of 27,844,402 in one stream,
//! +0.03 %; unprimed pieces would give +1.8 %).
//!
//! The cuts depend on the content only ([`cuts`]: where a rolling hash of
//! the last 64 bytes has its top 20 bits at zero, pieces of 256 KiB to
//! 4 MiB, about 1.25 MiB on average), so the bytes depend neither on the
//! number of threads nor on the machine, and an edit of one record moves
//! only the cuts around it: the pieces before and after it are the same
//! bytes with the same dictionary as in the last build. A piece is named
//! by a hash of its dictionary, its bytes and whether it is the last
//! ([`Piece::key`]); given the pieces of the last build ([`Pieces`]), an
//! incremental build takes their deflated bytes from the last build's
//! copy instead of compressing them again, and the copy is the same bytes
//! as one compressed whole. A file whose bytes are those the last build
//! recorded takes the last copy whole ([`Pieces::copy`]), without even
//! being cut: in an edit of one record, most bulk files and pieces by
//! region.
//!
//! Level 6 (zlib's default), measured on that file with zlib-rs, CPU time
//! on one core: level 1 63.6 MB in 0.7 s, level 4 30.9 MB in 1.7 s,
//! level 5 28.4 MB in 1.95 s, level 6 27.8 MB in 2.5 s, level 9 27.7 MB in
//! 5.9 s. Below 6 the copies grow fast (+2 % at 5, +11 % at 4) for little
//! time, above it the time doubles for nothing; on every core the level 6
//! copy takes about half the wall time it took in one piece.
//!
//! flate2, with its zlib-rs back end (pure Rust, about twice as fast as the
//! default miniz_oxide here): the rust-lang project maintains it, it is the
//! crate nearly every Rust program uses for gzip, and it needs no C
//! compiler or system zlib, so the release binaries stay static and the
//! bytes do not depend on the zlib of the machine that builds.

use flate2::{Compress, Compression, Crc, FlushCompress, Status};
use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

/// The smallest piece (256 KiB), but the last: large enough that the cuts
/// cost nothing measurable.
pub const MIN_PIECE: usize = 1 << 18;

/// The largest piece (4 MiB), cut there when the content gives no cut
/// (a long run of one byte).
pub const MAX_PIECE: usize = 1 << 22;

/// A cut follows a byte where the rolling hash's top [`CUT_BITS`] bits are
/// zero: about one position in a million beyond [`MIN_PIECE`].
const CUT_BITS: u32 = 20;

/// The window of deflate: what a piece is primed with.
const WINDOW: usize = 32 * 1024;

/// The compression level (see the module's notes).
const LEVEL: u32 = 6;

/// The gear table of the rolling hash: 256 fixed pseudo-random numbers
/// (splitmix64 of 0..256), the same in every build of the tool.
const GEAR: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        let mut z = (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        t[i] = z ^ (z >> 31);
        i += 1;
    }
    t
};

/// The positions `p` of `bytes` where the gear hash of the 64 bytes ending
/// at `p` has its top [`CUT_BITS`] bits at zero. The hash shifts each byte
/// out after 64 steps, so it depends on those bytes only, and the slice is
/// scanned in parts on every core.
fn candidates(bytes: &[u8]) -> Vec<usize> {
    const PART: usize = 1 << 22;
    let parts: Vec<usize> = (0..bytes.len()).step_by(PART).collect();
    parts
        .par_iter()
        .flat_map_iter(|&start| {
            let end = (start + PART).min(bytes.len());
            let warm = start.saturating_sub(64);
            let mut h: u64 = 0;
            let mut found = Vec::new();
            for (i, &b) in bytes[warm..end].iter().enumerate() {
                h = (h << 1).wrapping_add(GEAR[b as usize]);
                let p = warm + i;
                if p >= start && p >= 63 && h >> (64 - CUT_BITS) == 0 {
                    found.push(p);
                }
            }
            found.into_iter()
        })
        .collect()
}

/// Where `bytes` is cut into pieces: the end of each piece, the last one
/// `bytes.len()`. A piece ends after the first candidate ([`candidates`])
/// at least [`MIN_PIECE`] bytes after its start, or at [`MAX_PIECE`].
pub fn cuts(bytes: &[u8]) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut start = 0;
    let found = candidates(bytes);
    let mut next = found.iter().peekable();
    while bytes.len() - start > MIN_PIECE {
        while next.next_if(|&&p| p + 1 < start + MIN_PIECE).is_some() {}
        let end = match next.peek() {
            Some(&&p) if p < start + MAX_PIECE => p + 1,
            _ => start + MAX_PIECE,
        }
        .min(bytes.len());
        ends.push(end);
        start = end;
    }
    if start < bytes.len() || ends.is_empty() {
        ends.push(bytes.len());
    }
    ends
}

/// One piece of a gzip copy as written: its name and where its deflated
/// bytes are in the copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// A hash of the piece's dictionary, its bytes and whether it is the
    /// last: equal keys, equal deflated bytes.
    pub key: u128,
    /// The offset of its deflated bytes in the copy.
    pub offset: u64,
    /// The length of its deflated bytes.
    pub len: u64,
}

impl Piece {
    /// The key of the piece `piece` primed with `dictionary`.
    pub fn key(dictionary: &[u8], piece: &[u8], last: bool) -> u128 {
        let mut h = Xxh3::new();
        h.update(&(dictionary.len() as u64).to_le_bytes());
        h.update(dictionary);
        h.update(&[u8::from(last), LEVEL as u8]);
        h.update(piece);
        h.digest128()
    }
}

/// The deflated pieces an earlier build made, and where the pieces of
/// this build's copies are told.
pub trait Pieces: Sync {
    /// The deflated bytes of the piece named `key`, if an earlier copy has
    /// it (exactly the bytes [`gzip`] would make).
    fn deflated(&self, key: u128) -> Option<Vec<u8>>;
    /// The pieces of the copy at `path`, in order.
    fn made(&self, path: &str, pieces: Vec<Piece>);
    /// The earlier copy at `path`, whole, when the file it was made from
    /// had exactly the bytes `plain`: the bytes [`gzip`] would make of
    /// them, with no cut, key or deflate (most bulk files of an
    /// incremental build, and most pieces by region, did not change).
    /// The implementation tells [`Pieces::made`] the copy's pieces itself.
    fn copy(&self, path: &str, plain: &[u8]) -> Option<Vec<u8>> {
        let _ = (path, plain);
        None
    }
}

/// `bytes`, gzip-compressed (see the module's notes).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    gzip_with(bytes, "", None)
}

/// [`gzip`], taking the deflated bytes of pieces an earlier build made
/// from `pieces` and telling it those of the copy at `path`.
pub fn gzip_with(bytes: &[u8], path: &str, pieces: Option<&dyn Pieces>) -> Vec<u8> {
    if let Some(copy) = pieces.and_then(|p| p.copy(path, bytes)) {
        return copy;
    }
    let ends = cuts(bytes);
    let last = ends.len() - 1;
    let deflated: Vec<(Vec<u8>, Crc, u128)> = ends
        .par_iter()
        .enumerate()
        .map(|(i, &end)| {
            let start = if i == 0 { 0 } else { ends[i - 1] };
            let piece = &bytes[start..end];
            let dictionary = &bytes[start.saturating_sub(WINDOW)..start];
            let key = Piece::key(dictionary, piece, i == last);
            let mut crc = Crc::new();
            crc.update(piece);
            let d = pieces
                .and_then(|p| p.deflated(key))
                .unwrap_or_else(|| deflate(piece, dictionary, i == last));
            (d, crc, key)
        })
        .collect();
    let size: usize = deflated.iter().map(|(d, _, _)| d.len()).sum();
    let mut out = Vec::with_capacity(size + 18);
    // Magic, deflate, no flags (no name, no comment), mtime 0, no extra
    // flags (neither the fastest nor the best level), OS 255.
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
    let mut crc = Crc::new();
    let mut table = Vec::with_capacity(deflated.len());
    for (d, c, key) in &deflated {
        table.push(Piece {
            key: *key,
            offset: out.len() as u64,
            len: d.len() as u64,
        });
        out.extend_from_slice(d);
        crc.combine(c);
    }
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // ISIZE: the length modulo 2^32 (RFC 1952).
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    if let Some(p) = pieces {
        p.made(path, table);
    }
    out
}

/// One piece as raw deflate, primed with `dictionary`, ending on a byte
/// with a sync flush, or with the final block when `last`.
fn deflate(piece: &[u8], dictionary: &[u8], last: bool) -> Vec<u8> {
    let mut c = Compress::new(Compression::new(LEVEL), false);
    if !dictionary.is_empty() {
        // Only fails for a stream already started.
        let _ = c.set_dictionary(dictionary);
    }
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    // Text compresses to about a tenth: room for a fifth, grown if needed.
    let mut out = Vec::with_capacity(piece.len() / 5 + 64);
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(4096));
        }
        let consumed = c.total_in() as usize;
        // Compressing into a Vec with room cannot fail.
        let status = c
            .compress_vec(&piece[consumed..], &mut out, flush)
            .unwrap_or(Status::StreamEnd);
        let done = match flush {
            FlushCompress::Finish => status == Status::StreamEnd,
            // A flush is complete when it left room in the output.
            _ => c.total_in() as usize == piece.len() && out.len() < out.capacity(),
        };
        if done {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_PIECE, MIN_PIECE, Piece, Pieces, cuts, gzip, gzip_with};
    use flate2::read::{GzDecoder, MultiGzDecoder};
    use std::collections::HashMap;
    use std::io::Read;
    use std::sync::Mutex;

    fn gunzip(gz: &[u8]) -> Vec<u8> {
        let mut back = Vec::new();
        MultiGzDecoder::new(gz).read_to_end(&mut back).unwrap();
        // One member: the single-member reader reads it whole too.
        let mut single = Vec::new();
        GzDecoder::new(gz).read_to_end(&mut single).unwrap();
        assert_eq!(single, back, "one member");
        back
    }

    #[test]
    fn round_trips_with_a_fixed_header() {
        let text = "id,name_ar\r\ntifawin,جمعية تيفاوين\r\n".repeat(100);
        let gz = gzip(text.as_bytes());
        // Magic, deflate, no flags (no name, no comment), mtime 0, OS 255.
        assert_eq!(&gz[..4], &[0x1f, 0x8b, 8, 0]);
        assert_eq!(&gz[4..8], &[0, 0, 0, 0]);
        assert_eq!(gz[9], 255);
        assert_eq!(gunzip(&gz), text.as_bytes());
        assert_eq!(gzip(text.as_bytes()), gz, "same bytes every time");
        assert!(gz.len() < text.len() / 5);
    }

    #[test]
    fn files_of_many_pieces_decompress_to_their_exact_bytes() {
        // Text that does not repeat exactly, across several pieces and
        // cuts at every kind of position (a last piece of one byte too).
        let text = varied(12 * MIN_PIECE + 1);
        for len in [
            0,
            1,
            MIN_PIECE - 1,
            MIN_PIECE,
            MIN_PIECE + 1,
            5 * MIN_PIECE + 17,
            12 * MIN_PIECE + 1,
        ] {
            let bytes = &text[..len];
            let gz = gzip(bytes);
            assert_eq!(gunzip(&gz), bytes, "{len} bytes");
            assert_eq!(gzip(bytes), gz, "{len} bytes: same bytes every time");
            let n = gz.len();
            assert_eq!(&gz[n - 4..], &(len as u32).to_le_bytes(), "ISIZE");
        }
    }

    /// JSON-like lines that do not repeat exactly, `len` bytes or a little
    /// more.
    fn varied(len: usize) -> Vec<u8> {
        let mut text = Vec::new();
        let mut n: u64 = 1;
        while text.len() < len {
            n = n
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.extend_from_slice(
                format!(
                    "{{\"id\": \"a-{}\", \"name\": \"ⵜⵉⴼⴰⵡⵉⵏ {}\"}},\n",
                    n % 9973,
                    n >> 40
                )
                .as_bytes(),
            );
        }
        text
    }

    #[test]
    fn pieces_cost_almost_nothing_against_one_stream() {
        let text = "<p>جمعية تيفاوين للتنمية المحلية, ⵜⴰⵎⵓⵏⵜ, association de développement</p>\n"
            .repeat(60_000);
        let whole = {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
            e.write_all(text.as_bytes()).unwrap();
            e.finish().unwrap()
        };
        let pieces = gzip(text.as_bytes());
        assert!(text.len() > 4 * MIN_PIECE);
        assert!(
            pieces.len() <= whole.len() + whole.len() / 100 + 64,
            "{} vs {}",
            pieces.len(),
            whole.len()
        );
    }

    #[test]
    fn cuts_follow_the_content_within_their_bounds() {
        let text = varied(40 * MIN_PIECE);
        let ends = cuts(&text);
        assert!(ends.len() > 3, "{ends:?}");
        assert_eq!(*ends.last().unwrap(), text.len());
        let mut start = 0;
        for (i, &end) in ends.iter().enumerate() {
            let len = end - start;
            assert!(len <= MAX_PIECE, "piece {i}: {len} bytes");
            assert!(
                len >= MIN_PIECE || i == ends.len() - 1,
                "piece {i}: {len} bytes"
            );
            start = end;
        }
        // Bytes inserted near the start move the cuts after it by as much.
        let mut edited = b"an inserted line\n".to_vec();
        edited.extend_from_slice(&text);
        let moved: Vec<usize> = cuts(&edited).iter().map(|e| e - 17).collect();
        let kept = ends.iter().filter(|e| moved.contains(e)).count();
        assert!(kept + 2 >= ends.len(), "{kept} of {} cuts kept", ends.len());
        // No cut in a run of one byte: pieces of the largest size.
        let run = vec![b' '; 3 * MAX_PIECE];
        assert_eq!(cuts(&run), vec![MAX_PIECE, 2 * MAX_PIECE, 3 * MAX_PIECE]);
        assert_eq!(cuts(&[]), vec![0]);
    }

    /// The pieces of earlier copies, kept in memory.
    #[derive(Default)]
    struct Kept {
        deflated: Mutex<HashMap<u128, Vec<u8>>>,
        tables: Mutex<Vec<(String, Vec<Piece>)>>,
        reused: Mutex<usize>,
    }

    impl Pieces for Kept {
        fn deflated(&self, key: u128) -> Option<Vec<u8>> {
            let d = self.deflated.lock().unwrap().get(&key).cloned();
            *self.reused.lock().unwrap() += usize::from(d.is_some());
            d
        }
        fn made(&self, path: &str, pieces: Vec<Piece>) {
            self.tables.lock().unwrap().push((path.to_string(), pieces));
        }
    }

    impl Kept {
        /// Keeps the deflated bytes of the last copy told.
        fn keep(&self, gz: &[u8]) {
            let tables = self.tables.lock().unwrap();
            let (_, table) = tables.last().unwrap();
            for p in table {
                let d = gz[p.offset as usize..(p.offset + p.len) as usize].to_vec();
                self.deflated.lock().unwrap().insert(p.key, d);
            }
        }
    }

    #[test]
    fn an_edited_file_reuses_the_pieces_it_kept_and_gives_the_same_bytes() {
        let text = varied(20 * MIN_PIECE);
        let kept = Kept::default();
        let first = gzip_with(&text, "data/a.json.gz", Some(&kept));
        assert_eq!(first, gzip(&text), "the same bytes as without reuse");
        let pieces = kept.tables.lock().unwrap()[0].1.len();
        assert_eq!(kept.tables.lock().unwrap()[0].0, "data/a.json.gz");
        kept.keep(&first);
        // One record edited in the middle, its length changed.
        let at = text.len() / 2;
        let mut edited = text[..at].to_vec();
        edited.extend_from_slice(b"{\"id\": \"edited\"},\n");
        edited.extend_from_slice(&text[at..]);
        *kept.reused.lock().unwrap() = 0;
        let again = gzip_with(&edited, "data/a.json.gz", Some(&kept));
        assert_eq!(
            again,
            gzip(&edited),
            "reused pieces give the bytes of a whole compression"
        );
        assert_eq!(gunzip(&again), edited);
        let reused = *kept.reused.lock().unwrap();
        assert!(reused + 3 >= pieces, "{reused} of {pieces} pieces reused");
    }
}
