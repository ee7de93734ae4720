// difftest: same
package main

// A sensor log decoded batch by batch into slices whose elements decode
// themselves: a byte-sized Level by UnmarshalText, a Reading of three
// words by UnmarshalJSON, into nil slices and into ones made beforehand,
// reused from batch to batch as a buffer would be. Go's decoder grows
// the slice one element at a time, so its capacity afterwards is the one
// append would give a slice of that element's size; the program prints
// len and cap after each batch.

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Level uint8

func (l *Level) UnmarshalText(b []byte) error {
	n, err := strconv.Atoi(strings.TrimPrefix(string(b), "L"))
	if err != nil {
		return fmt.Errorf("level %q: %w", b, err)
	}
	*l = Level(n)
	return nil
}

type Reading struct {
	Sensor string
	Value  float64
}

func (r *Reading) UnmarshalJSON(b []byte) error {
	var pair [2]any
	if err := json.Unmarshal(b, &pair); err != nil {
		return err
	}
	name, _ := pair[0].(string)
	v, _ := pair[1].(float64)
	*r = Reading{Sensor: name, Value: v}
	return nil
}

func batch(kind string, n int) string {
	parts := make([]string, n)
	for i := range parts {
		if kind == "level" {
			parts[i] = fmt.Sprintf(`"L%d"`, i%4)
		} else {
			parts[i] = fmt.Sprintf(`["s%d", %d.5]`, i, i)
		}
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func main() {
	sizes := []int{0, 1, 2, 3, 5, 9, 17, 33, 100}
	for _, n := range sizes {
		var fresh []Level
		err := json.Unmarshal([]byte(batch("level", n)), &fresh)
		made := make([]Level, 0, 3)
		err2 := json.NewDecoder(strings.NewReader(batch("level", n))).Decode(&made)
		fmt.Printf("levels %3d: nil -> len %d cap %d (%v); made(0,3) -> len %d cap %d (%v)\n",
			n, len(fresh), cap(fresh), err, len(made), cap(made), err2)
	}
	for _, n := range sizes {
		var fresh []Reading
		err := json.Unmarshal([]byte(batch("reading", n)), &fresh)
		made := make([]Reading, 2, 4)
		err2 := json.Unmarshal([]byte(batch("reading", n)), &made)
		fmt.Printf("readings %3d: nil -> len %d cap %d (%v); made(2,4) -> len %d cap %d (%v)\n",
			n, len(fresh), cap(fresh), err, len(made), cap(made), err2)
	}

	// One buffer reused for each batch, as a reader of a stream would.
	buf := make([]*Reading, 0, 1)
	dec := json.NewDecoder(strings.NewReader(batch("reading", 3) + batch("reading", 7) + batch("reading", 2)))
	for dec.More() {
		buf = buf[:0]
		if err := dec.Decode(&buf); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("pointers: len %d cap %d, last %s=%.1f\n", len(buf), cap(buf), buf[len(buf)-1].Sensor, buf[len(buf)-1].Value)
	}
	var none []Level
	fmt.Println(json.Unmarshal([]byte(`["L1","Lx","L3"]`), &none), len(none), cap(none))
}
