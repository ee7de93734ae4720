// difftest: same
package main

// Effective Go, Interface checks and conversions: the compile-time check
// var _ json.Marshaler = (*RawMessage)(nil), a run-time check of whether
// a value implements an interface, type switches over Stringer and
// string, and a generality example returning an interface.

import (
	"encoding/json"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"strconv"
)

type RawMessage []byte

func (m *RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return *m, nil
}

var _ json.Marshaler = (*RawMessage)(nil)

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func describe(value interface{}) string {
	switch str := value.(type) {
	case string:
		return str
	case Stringer:
		return str.String()
	}
	return fmt.Sprintf("a value of type %T", value)
}

func newHash(kind string) hash.Hash32 {
	if kind == "crc" {
		return crc32.NewIEEE()
	}
	return adler32.New()
}

func main() {
	m := RawMessage(`{"precomputed": true}`)
	b, err := json.Marshal(&m)
	fmt.Println(string(b), err)

	var v interface{} = Celsius(21.5)
	if s, ok := v.(Stringer); ok {
		fmt.Printf("implements Stringer: %s\n", s.String())
	}
	if _, ok := v.(json.Marshaler); !ok {
		fmt.Println("not a json.Marshaler")
	}
	fmt.Println(describe("plain"), describe(Celsius(-3)), describe(42))

	for _, kind := range []string{"crc", "adler"} {
		h := newHash(kind)
		h.Write([]byte("effective go"))
		fmt.Printf("%s %08x %d\n", kind, h.Sum32(), h.Size())
	}
}
