package lift

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// A json.Decoder's error about a field of a script's struct that an
// interface holds inside a slice, an array or a map ([]any{&Point{},
// &Line{}}, both with a field Y) says by its path of fields (Y) only where
// it is, and the decoder's input is gone once it returns, which
// json.Unmarshal's error is found in by its offset (see structThrough).
// Such a decoding keeps the value's input: decodeKept reads it whole, as
// the decoder does before it decodes, and decodes it with the decoder's
// options.

// decodeKept decodes the next value of dec into target, as dec.Decode
// does, and returns the value's input; where it cannot read the decoder's
// options, it decodes as dec.Decode does and keeps nothing.
func decodeKept(dec *json.Decoder, target any) ([]byte, error) {
	useNumber, disallow, ok := decoderOptions(dec)
	if !ok {
		return nil, dec.Decode(target)
	}
	// The decoder reads the whole value, and fails on its syntax, before
	// it decodes it: a json.RawMessage takes it as it stands.
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	if !useNumber && !disallow {
		return raw, json.Unmarshal(raw, target) // as a Decoder without options decodes one whole value
	}
	again := json.NewDecoder(bytes.NewReader(raw))
	if useNumber {
		again.UseNumber()
	}
	if disallow {
		again.DisallowUnknownFields()
	}
	return raw, again.Decode(target)
}

// decoderOptions returns what dec's UseNumber and DisallowUnknownFields
// set, read from its unexported state, and whether it found them.
func decoderOptions(dec *json.Decoder) (useNumber, disallow, ok bool) {
	d := reflect.ValueOf(dec).Elem().FieldByName("d")
	if !d.IsValid() || d.Kind() != reflect.Struct {
		return false, false, false
	}
	n, u := d.FieldByName("useNumber"), d.FieldByName("disallowUnknownFields")
	if !n.IsValid() || n.Kind() != reflect.Bool || !u.IsValid() || u.Kind() != reflect.Bool {
		return false, false, false
	}
	return n.Bool(), u.Bool(), true
}
