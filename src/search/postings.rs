//! Posting lists as written in term shards (FORMAT.md, "Postings"): one
//! string per term, one number per posting, `(doc - previous doc - 1) * 8 +
//! code(weight)` (the previous doc of the first posting is -1), each number
//! in base 32, most significant digit first, the last digit written
//! `_`..`~` (0x5F + digit) and the others `0`..`O` (0x30 + digit).

/// The weights of FORMAT.md, indexed by their code.
pub const WEIGHTS: [u8; 6] = [0, 1, 5, 10, 20, 100];

/// The code of a weight (`None`: not a weight of the format).
pub fn code(weight: u8) -> Option<u64> {
    WEIGHTS.iter().position(|&w| w == weight).map(|c| c as u64)
}

/// Appends a posting list (docs strictly ascending, weights of
/// [`WEIGHTS`]) to `out`, encoded.
///
/// # Panics
/// When docs do not ascend or a weight has no code: the index builder
/// never writes either.
pub fn encode_into(postings: &[(u32, u8)], out: &mut String) {
    let mut prev: i64 = -1;
    for &(doc, w) in postings {
        let gap = i64::from(doc) - prev - 1;
        assert!(gap >= 0, "posting docs must ascend");
        let code = code(w).unwrap_or_else(|| panic!("weight {w} has no code"));
        let v = gap as u64 * 8 + code;
        let mut shift = 0;
        while v >> (shift + 5) != 0 {
            shift += 5;
        }
        while shift > 0 {
            out.push((0x30 + (v >> shift & 31) as u8) as char);
            shift -= 5;
        }
        out.push((0x5F + (v & 31) as u8) as char);
        prev = i64::from(doc);
    }
}

/// A posting list, encoded.
pub fn encode(postings: &[(u32, u8)]) -> String {
    let mut s = String::with_capacity(postings.len() * 2);
    encode_into(postings, &mut s);
    s
}

/// Decodes a posting list; `None` when `s` is not one (a character out of
/// both digit ranges, an unfinished number, a code without a weight, a doc
/// beyond `u32`).
pub fn decode(s: &str) -> Option<Vec<(u32, u8)>> {
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut doc: i64 = -1;
    let mut v: u64 = 0;
    let mut open = false;
    for b in s.bytes() {
        match b {
            0x30..=0x4F => {
                v = v.checked_mul(32)? + u64::from(b - 0x30);
                open = true;
            }
            0x5F..=0x7E => {
                v = v.checked_mul(32)? + u64::from(b - 0x5F);
                doc += i64::try_from(v / 8).ok()? + 1;
                let w = *WEIGHTS.get((v % 8) as usize)?;
                out.push((u32::try_from(doc).ok()?, w));
                v = 0;
                open = false;
            }
            _ => return None,
        }
    }
    (!open).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Vector {
        postings: Vec<(u32, u8)>,
        encoded: String,
        note: String,
    }

    #[derive(serde::Deserialize)]
    struct Vectors {
        postings: Vec<Vector>,
    }

    /// The shared vectors of tests/search/vectors.json, also run by
    /// tests/search/postings.test.mjs.
    #[test]
    fn shared_vectors() {
        let v: Vectors =
            serde_json::from_str(include_str!("../../tests/search/vectors.json")).unwrap();
        assert!(v.postings.len() >= 8);
        for case in &v.postings {
            assert_eq!(encode(&case.postings), case.encoded, "{}", case.note);
            assert_eq!(
                decode(&case.encoded).as_deref(),
                Some(&case.postings[..]),
                "{}",
                case.note
            );
        }
    }

    #[test]
    fn round_trip() {
        let mut p = Vec::new();
        let mut doc = 0u32;
        for i in 0..5000u32 {
            doc += 1 + (i * 7919) % 1000 * (i % 3);
            p.push((doc, WEIGHTS[(i % 6) as usize]));
        }
        p.push((u32::MAX, 100));
        let s = encode(&p);
        assert!(s.bytes().all(|b| (0x30..=0x4F).contains(&b) || b >= 0x5F));
        assert_eq!(decode(&s), Some(p));
        assert_eq!(decode(""), Some(vec![]));
    }

    #[test]
    fn malformed_strings_decode_to_none() {
        assert_eq!(decode("0"), None, "unfinished number");
        assert_eq!(decode("e"), None, "code 6");
        assert_eq!(decode("\""), None);
        assert_eq!(decode("\\"), None);
        assert_eq!(decode("OOOOOOOOOOOOOO~"), None, "overflow");
    }
}
