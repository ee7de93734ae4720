// difftest: same

package main

// A decoder calls UnmarshalJSON and no MarshalJSON, an encoder the
// other way round: each of a type with one of the two, alone or in a
// struct, through json.Encoder and json.Decoder.

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprintf("L%d", int(l))) }

type Code string

func (c *Code) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*c = Code(strings.ToUpper(s))
	return nil
}

type item struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
	Code  Code   `json:"code"`
	n     int
}

func main() {
	var it item
	err := json.NewDecoder(strings.NewReader(`{"name":"x","level":3,"code":"ab"}`)).Decode(&it)
	fmt.Println(err, it.Name, it.Level, it.Code)
	err = json.NewDecoder(strings.NewReader(`{"level":"bad"}`)).Decode(&it)
	fmt.Println(err)
	err = json.NewEncoder(os.Stdout).Encode(item{Name: "y", Level: 2, Code: "q", n: 1})
	fmt.Println(err)
	var lv Level
	fmt.Println(json.NewDecoder(strings.NewReader(`7`)).Decode(&lv), lv)
	fmt.Println(json.NewEncoder(os.Stdout).Encode(Code("raw")))
	var items []item
	fmt.Println(json.NewDecoder(strings.NewReader(`[{"name":"a","level":1},{"name":"b","code":"z"}]`)).Decode(&items), len(items), items[1].Code)
}
