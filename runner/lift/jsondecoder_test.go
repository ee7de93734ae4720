package lift

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestDecodeKept decodes a stream through decodeKept and through a plain
// json.Decoder of the same options, and checks that each value decodes
// the same, with the same error (its offset too), the stream goes on
// from the same place, and the input kept is the value's.
func TestDecodeKept(t *testing.T) {
	type point struct{ X, Y int }
	tests := []struct {
		name      string
		stream    string
		setup     func(*json.Decoder)
		target    func() any
		wantInput []string // the input kept of each value, "" where none
	}{
		{"two values", `{"X":1} {"Y":2}`, nil, func() any { return &point{} }, []string{`{"X":1}`, `{"Y":2}`}},
		{"a type error, then a value", `[{"X":1},{"Y":"a"}] [{"X":3}]`, nil, func() any { return &[]point{} }, []string{`[{"X":1},{"Y":"a"}]`, `[{"X":3}]`}},
		{"UseNumber", `{"n": 12345678901234567890}`, (*json.Decoder).UseNumber, func() any { return &map[string]any{} }, []string{`{"n": 12345678901234567890}`}},
		{"DisallowUnknownFields", `{"X":1,"Z":2}`, (*json.Decoder).DisallowUnknownFields, func() any { return &point{} }, []string{`{"X":1,"Z":2}`}},
		{"a syntax error", `{"X":1,}`, nil, func() any { return &point{} }, []string{""}},
		{"the end of the input", ``, nil, func() any { return &point{} }, []string{""}},
		{"null", `null`, nil, func() any { p := &point{X: 4}; return &p }, []string{`null`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain, kept := json.NewDecoder(strings.NewReader(tt.stream)), json.NewDecoder(strings.NewReader(tt.stream))
			if tt.setup != nil {
				tt.setup(plain)
				tt.setup(kept)
			}
			for i, want := range tt.wantInput {
				pv, kv := tt.target(), tt.target()
				perr := plain.Decode(pv)
				input, kerr := decodeKept(kept, kv)
				if fmt.Sprintf("%#v", kerr) != fmt.Sprintf("%#v", perr) {
					t.Errorf("value %d: error %#v, want %#v", i, kerr, perr)
				}
				if !reflect.DeepEqual(kv, pv) {
					t.Errorf("value %d: decoded %#v, want %#v", i, kv, pv)
				}
				if string(input) != want {
					t.Errorf("value %d: kept %q, want %q", i, input, want)
				}
				if kept.InputOffset() != plain.InputOffset() {
					t.Errorf("value %d: the stream at %d, want %d", i, kept.InputOffset(), plain.InputOffset())
				}
			}
		})
	}
}

// BenchmarkDecodeKept compares a Decoder's Decode of a batch of two
// structs in an []any with decodeKept's, which reads the value into a
// json.RawMessage first and decodes it again.
func BenchmarkDecodeKept(b *testing.B) {
	type point struct{ X, Y int }
	type line struct {
		From, To point
		Y        int
	}
	const batch = `[{"X":1,"Y":2},{"From":{"X":1,"Y":2},"To":{"X":3,"Y":4},"Y":5}]` + "\n"
	stream := strings.Repeat(batch, 64)
	for _, kept := range []bool{false, true} {
		name := "decode"
		if kept {
			name = "kept"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dec := json.NewDecoder(strings.NewReader(stream))
				for range 64 {
					v := []any{&point{}, &line{}}
					var err error
					if kept {
						_, err = decodeKept(dec, &v)
					} else {
						err = dec.Decode(&v)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
