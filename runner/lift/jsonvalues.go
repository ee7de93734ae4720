package lift

import "encoding/json"

// encoding/json's functions and methods taken as values (marshal :=
// json.Marshal, send := enc.Encode), in a script that declares a type
// with MarshalJSON, MarshalText, UnmarshalJSON or UnmarshalText, are
// written by the rewrite as the functions below make them: each calls
// what its call written as one becomes, with the static type it is called
// with, an interface, and the file's table by which lift finds the
// script's types in it. They are compiled, so that a panic in them (a
// nil Encoder's) is reported where the value is called, as Go's is. A
// method value binds its receiver where it is taken, as Go's does; a nil
// one panics where it is called, inside Encode or Decode.

// JSONMarshalFunc is json.Marshal taken as a value.
func JSONMarshalFunc(tab *JSONTable) func(any) ([]byte, error) {
	return func(v any) ([]byte, error) { return JSONMarshal(v, nil, tab) }
}

// JSONMarshalIndentFunc is json.MarshalIndent taken as a value.
func JSONMarshalIndentFunc(tab *JSONTable) func(any, string, string) ([]byte, error) {
	return func(v any, prefix, indent string) ([]byte, error) {
		return JSONMarshalIndent(v, prefix, indent, nil, tab)
	}
}

// JSONUnmarshalFunc is json.Unmarshal taken as a value.
func JSONUnmarshalFunc(tab *JSONTable) func([]byte, any) error {
	return func(data []byte, v any) error { return JSONUnmarshal(data, v, nil, tab) }
}

// JSONEncodeFunc is enc.Encode taken as a method value.
func JSONEncodeFunc(enc *json.Encoder, tab *JSONTable) func(any) error {
	return func(v any) error { return JSONEncode(enc, v, nil, tab) }
}

// JSONDecodeFunc is dec.Decode taken as a method value.
func JSONDecodeFunc(dec *json.Decoder, tab *JSONTable) func(any) error {
	return func(v any) error { return JSONDecode(dec, v, nil, tab) }
}

// JSONEncodeMethod is the method expression (*json.Encoder).Encode.
func JSONEncodeMethod(tab *JSONTable) func(*json.Encoder, any) error {
	return func(enc *json.Encoder, v any) error { return JSONEncode(enc, v, nil, tab) }
}

// JSONDecodeMethod is the method expression (*json.Decoder).Decode.
func JSONDecodeMethod(tab *JSONTable) func(*json.Decoder, any) error {
	return func(dec *json.Decoder, v any) error { return JSONDecode(dec, v, nil, tab) }
}
