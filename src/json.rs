//! Compact JSON output for the CLI: byte for byte what `serde_json::to_writer`
//! writes, faster on long strings.
//!
//! serde_json looks at every byte of a string to find the few that need
//! escaping; in a transcript almost none do, and that loop was 16 % of
//! `parse --format json`. Here eight bytes are tested at a time (SWAR: SIMD
//! within a register) and clean runs are copied whole; field names and
//! integers are written without a detour. Floats, map keys and the error
//! type are still serde_json's. `tests/json.rs` checks the two agree on the whole
//! corpus, the fixtures and random strings.

use std::io::{self, Write};

use serde::ser::{self, Serialize};

/// Writes `value` as compact JSON, exactly as `serde_json::to_writer` would.
pub fn to_writer<W: Write + ?Sized, T: Serialize + ?Sized>(writer: &mut W, value: &T) -> io::Result<()> {
    let mut ser = Serializer { buf: Vec::with_capacity(FLUSH_AT + 4096), writer };
    value.serialize(&mut ser).map_err(io::Error::from)?;
    ser.flush()
}

/// Output is gathered in a buffer this big before it is written.
const FLUSH_AT: usize = 1 << 16;

struct Serializer<'w, W: Write + ?Sized> {
    buf: Vec<u8>,
    writer: &'w mut W,
}

type Error = serde_json::Error;

impl<W: Write + ?Sized> Serializer<'_, W> {
    fn flush(&mut self) -> io::Result<()> {
        self.writer.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// Writes the buffer out once it is full (between values, never inside a string).
    #[inline]
    fn maybe_flush(&mut self) -> Result<(), Error> {
        if self.buf.len() >= FLUSH_AT {
            self.flush().map_err(Error::io)?;
        }
        Ok(())
    }

    /// An integer, written as serde_json writes it (with itoa).
    #[inline]
    fn int<I: itoa::Integer>(&mut self, v: I) -> Result<(), Error> {
        self.buf.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        Ok(())
    }

    /// A value serde_json formats (floats, bytes), appended as it writes it.
    fn by_serde_json<T: Serialize>(&mut self, v: T) -> Result<(), Error> {
        serde_json::to_writer(&mut self.buf, &v)
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit set in each byte of `x` that JSON must escape (a control
/// character, `"` or `\`). Exact for the lowest such byte, which is all
/// the caller uses (the subtraction's borrow can only flag bytes above it).
#[inline(always)]
fn needs_escape(x: u64) -> u64 {
    let below_space = x.wrapping_sub(ONES * 0x20);
    let q = x ^ (ONES * b'"' as u64);
    let bs = x ^ (ONES * b'\\' as u64);
    (below_space | q.wrapping_sub(ONES) | bs.wrapping_sub(ONES)) & !x & HIGH
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it.
fn escape_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let (mut start, mut i) = (0, 0);
    loop {
        // Eight bytes at a time; the last few padded with spaces (clean).
        let m = match b.get(i..i + 8) {
            Some(chunk) => needs_escape(u64::from_le_bytes(chunk.try_into().unwrap_or_default())),
            None if i < b.len() => {
                let mut tail = [b' '; 8];
                tail[..b.len() - i].copy_from_slice(&b[i..]);
                needs_escape(u64::from_le_bytes(tail))
            }
            None => break,
        };
        if m == 0 {
            i += 8;
            continue;
        }
        i += m.trailing_zeros() as usize / 8;
        out.extend_from_slice(&b[start..i]);
        push_escape(out, b[i]);
        i += 1;
        start = i;
    }
    out.extend_from_slice(&b[start.min(b.len())..]);
    out.push(b'"');
}

/// Appends a struct's field name and the colon after it. Field names are
/// Rust names (or `rename`s of them): nothing in them needs escaping.
#[inline]
fn push_key(out: &mut Vec<u8>, key: &str) {
    debug_assert!(!key.bytes().any(|c| c < 0x20 || c == b'"' || c == b'\\'), "field name needs escaping: {key}");
    out.reserve(key.len() + 3);
    out.push(b'"');
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

fn push_escape(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match c {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 0xF) as usize]]),
    }
}

/// A sequence or map being written: whether an element came before.
struct Compound<'a, 'w, W: Write + ?Sized> {
    ser: &'a mut Serializer<'w, W>,
    first: bool,
    /// Closing bytes: `]`, `}`, or `]}` / `}}` for an enum variant.
    close: &'static [u8],
}

impl<W: Write + ?Sized> Compound<'_, '_, W> {
    #[inline]
    fn comma(&mut self) {
        if !std::mem::take(&mut self.first) {
            self.ser.buf.push(b',');
        }
    }

    fn end(self) -> Result<(), Error> {
        self.ser.buf.extend_from_slice(self.close);
        self.ser.maybe_flush()
    }
}

impl<'a, 'w, W: Write + ?Sized> ser::Serializer for &'a mut Serializer<'w, W> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'w, W>;
    type SerializeTuple = Compound<'a, 'w, W>;
    type SerializeTupleStruct = Compound<'a, 'w, W>;
    type SerializeTupleVariant = Compound<'a, 'w, W>;
    type SerializeMap = Compound<'a, 'w, W>;
    type SerializeStruct = Compound<'a, 'w, W>;
    type SerializeStructVariant = Compound<'a, 'w, W>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.buf.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.int(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.by_serde_json(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.by_serde_json(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        escape_str(&mut self.buf, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        escape_str(&mut self.buf, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        self.by_serde_json(v)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.buf.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.buf.push(b'{');
        escape_str(&mut self.buf, variant);
        self.buf.push(b':');
        value.serialize(&mut *self)?;
        self.buf.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        self.buf.push(b'[');
        Ok(Compound { ser: self, first: true, close: b"]" })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeTupleStruct, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.buf.push(b'{');
        escape_str(&mut self.buf, variant);
        self.buf.extend_from_slice(b":[");
        Ok(Compound { ser: self, first: true, close: b"]}" })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        self.buf.push(b'{');
        Ok(Compound { ser: self, first: true, close: b"}" })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeStruct, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.buf.push(b'{');
        escape_str(&mut self.buf, variant);
        self.buf.extend_from_slice(b":{");
        Ok(Compound { ser: self, first: true, close: b"}}" })
    }
}

impl<W: Write + ?Sized> ser::SerializeSeq for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)?;
        self.ser.maybe_flush()
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl<W: Write + ?Sized> ser::SerializeTuple for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl<W: Write + ?Sized> ser::SerializeTupleStruct for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl<W: Write + ?Sized> ser::SerializeTupleVariant for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl<W: Write + ?Sized> ser::SerializeMap for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        // Keys are strings in JSON: serde_json's own key rules (numbers
        // quoted, anything else refused), written where we write.
        let key = serde_json::to_value(key)?;
        match key {
            serde_json::Value::String(s) => escape_str(&mut self.ser.buf, &s),
            n @ (serde_json::Value::Number(_) | serde_json::Value::Bool(_)) => {
                escape_str(&mut self.ser.buf, &n.to_string())
            }
            _ => return Err(ser::Error::custom("key must be a string")),
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.ser.buf.push(b':');
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl<W: Write + ?Sized> ser::SerializeStruct for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.comma();
        push_key(&mut self.ser.buf, key);
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl<W: Write + ?Sized> ser::SerializeStructVariant for Compound<'_, '_, W> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(s: &str) -> (String, String) {
        let mut ours = Vec::new();
        to_writer(&mut ours, s).unwrap();
        (String::from_utf8(ours).unwrap(), serde_json::to_string(s).unwrap())
    }

    #[test]
    fn should_escape_every_byte_as_serde_json_does() {
        for c in 0u8..0x80 {
            for pad in 0..10 {
                let s = format!("{}{}{}", "a".repeat(pad), c as char, "中".repeat(pad % 3));
                let (ours, theirs) = both(&s);
                assert_eq!(ours, theirs, "byte {c:#x} after {pad}");
            }
        }
    }

    #[test]
    fn should_find_the_first_escape_past_a_borrow() {
        // 0x21 just above a quote: the subtraction borrows into the next byte.
        for s in ["\"!\"!\"!\"!xx", "!\"\u{1}\\ \u{1f}\"", "\u{7f}\u{80}\"\u{ff}", "é\"中\n文\t"] {
            let (ours, theirs) = both(s);
            assert_eq!(ours, theirs);
        }
    }
}
