// difftest: same
package main

// A stream of sensor readings decoded one by one with a json.Decoder,
// each with a Unit that decodes itself: the Decoder calls UnmarshalJSON
// as json.Unmarshal does, and stops at the first error.

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Unit is a unit of measure, stored as its symbol.
type Unit string

// UnmarshalJSON reads a unit's name and keeps its symbol.
func (u *Unit) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	symbols := map[string]string{"celsius": "°C", "percent": "%", "pascal": "Pa"}
	s, ok := symbols[name]
	if !ok {
		return fmt.Errorf("unknown unit %q", name)
	}
	*u = Unit(s)
	return nil
}

// Reading is one sensor's value.
type Reading struct {
	Sensor string  `json:"sensor"`
	Value  float64 `json:"value"`
	Unit   Unit    `json:"unit"`
}

func main() {
	stream := `{"sensor":"t1","value":21.5,"unit":"celsius"}
{"sensor":"h1","value":40,"unit":"percent"}
{"sensor":"p1","value":1013,"unit":"bar"}
{"sensor":"t2","value":19,"unit":"celsius"}`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var r Reading
		err := dec.Decode(&r)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err, "| got", r)
			continue
		}
		fmt.Printf("%s = %g %s\n", r.Sensor, r.Value, r.Unit)
	}
	var units []Unit
	err := json.NewDecoder(strings.NewReader(`["pascal","percent"]`)).Decode(&units)
	fmt.Println(units, err)
}
