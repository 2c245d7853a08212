//! Gzip copies of the bulk files (`NAME.json.gz`, `NAME.csv.gz`), with
//! the same bytes from build to build: no file name and a modification time
//! of 0 in the header (RFC 1952: "no time stamp is available"), operating
//! system 255 ("unknown"), one member, level 6.
//!
//! A file is compressed in pieces of [`CHUNK`] bytes on every core, the way
//! pigz does: each piece is a raw deflate stream primed with the 32 KiB
//! before it as its dictionary (so matches still reach back across the
//! cut) and ended with a sync flush (an empty stored block that ends on a
//! byte), the last one with the final block; the pieces joined make one
//! deflate stream, in one gzip member whose CRC-32 is the pieces' CRCs
//! combined. Any gzip reader reads it (`gzip -d`, zcat, Python's gzip,
//! pandas, browsers, flate2's `GzDecoder`), and the cuts are fixed
//! offsets, so the bytes depend neither on the number of threads nor on
//! the machine. What the cuts cost: a few bytes of sync flush per MiB, and
//! matches at the start of a piece that the dictionary does not cover (the
//! 196 MB `associations.json` of 10,000 associations with bodies in three
//! languages: 27,852,718 bytes instead of 27,844,402 in one stream,
//! +0.03 %; unprimed pieces would give +1.8 %).
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

/// The size of the pieces compressed in parallel (1 MiB): large enough
/// that the cuts cost nothing measurable, small enough that a 10 MB file
/// keeps every core busy.
pub const CHUNK: usize = 1 << 20;

/// The window of deflate: what a piece is primed with.
const WINDOW: usize = 32 * 1024;

/// The compression level (see the module's notes).
const LEVEL: u32 = 6;

/// `bytes`, gzip-compressed (see the module's notes).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let pieces: Vec<&[u8]> = if bytes.is_empty() {
        vec![bytes]
    } else {
        bytes.chunks(CHUNK).collect()
    };
    let last = pieces.len() - 1;
    let deflated: Vec<(Vec<u8>, Crc)> = pieces
        .par_iter()
        .enumerate()
        .map(|(i, piece)| {
            let start = i * CHUNK;
            let dictionary = &bytes[start.saturating_sub(WINDOW)..start];
            let mut crc = Crc::new();
            crc.update(piece);
            (deflate(piece, dictionary, i == last), crc)
        })
        .collect();
    let size: usize = deflated.iter().map(|(d, _)| d.len()).sum();
    let mut out = Vec::with_capacity(size + 18);
    // Magic, deflate, no flags (no name, no comment), mtime 0, no extra
    // flags (neither the fastest nor the best level), OS 255.
    out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
    let mut crc = Crc::new();
    for (d, c) in &deflated {
        out.extend_from_slice(d);
        crc.combine(c);
    }
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // ISIZE: the length modulo 2^32 (RFC 1952).
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
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
    use super::{CHUNK, gzip};
    use flate2::read::{GzDecoder, MultiGzDecoder};
    use std::io::Read;

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
        let mut text = Vec::new();
        let mut n: u64 = 1;
        while text.len() < 3 * CHUNK + 1 {
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
        for len in [
            0,
            1,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            2 * CHUNK + 17,
            3 * CHUNK + 1,
        ] {
            let bytes = &text[..len];
            let gz = gzip(bytes);
            assert_eq!(gunzip(&gz), bytes, "{len} bytes");
            assert_eq!(gzip(bytes), gz, "{len} bytes: same bytes every time");
            let n = gz.len();
            assert_eq!(&gz[n - 4..], &(len as u32).to_le_bytes(), "ISIZE");
        }
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
        assert!(text.len() > 4 * CHUNK);
        assert!(
            pieces.len() <= whole.len() + whole.len() / 100 + 64,
            "{} vs {}",
            pieces.len(),
            whole.len()
        );
    }
}
