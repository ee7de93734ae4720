// difftest: same
package main

// A server's configuration read from JSON, whose Duration fields decode
// themselves from strings like "1m30s": in a field, through a pointer
// (nil, set, or null in the input), in a slice, an array and a map's
// values. The decoder calls UnmarshalJSON for each, null included where
// the field is no pointer.

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Duration is a time.Duration written as a string.
type Duration struct{ D time.Duration }

// UnmarshalJSON reads a quoted duration, or null as "keep what you have".
func (d *Duration) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		fmt.Println("  null kept", d.D)
		return nil
	}
	v, err := time.ParseDuration(strings.Trim(s, `"`))
	if err != nil {
		return err
	}
	d.D = v
	return nil
}

// Config is what the server reads at start.
type Config struct {
	Name    string              `json:"name"`
	Timeout Duration            `json:"timeout"`
	Idle    *Duration           `json:"idle"`
	Grace   *Duration           `json:"grace"`
	Retries []Duration          `json:"retries"`
	Pair    [2]Duration         `json:"pair"`
	PerPath map[string]Duration `json:"per_path"`
	secret  string
}

func main() {
	grace := &Duration{5 * time.Second}
	c := Config{Timeout: Duration{time.Hour}, Grace: grace, secret: "s3"}
	c.PerPath = map[string]Duration{"/old": {time.Second}}
	in := `{"name":"edge","timeout":null,"idle":"90s","grace":null,
		"retries":["1s","2s","4s"],"pair":["1ms"],"per_path":{"/api":"250ms"},"secret":"x"}`
	err := json.Unmarshal([]byte(in), &c)
	fmt.Println(err)
	fmt.Println(c.Name, c.Timeout.D, c.Idle.D, c.Grace == nil, grace.D, c.secret)
	fmt.Println(c.Retries, c.Pair, len(c.PerPath), c.PerPath["/api"].D, c.PerPath["/old"].D)

	var ds []*Duration
	err = json.Unmarshal([]byte(`["3s",null,"1h2m"]`), &ds)
	fmt.Println(err, len(ds), ds[0].D, ds[1] == nil, ds[2].D)
	var one Duration
	err = json.Unmarshal([]byte(`"12ms"`), &one)
	fmt.Println(one.D, err)
}
