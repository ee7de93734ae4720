// difftest: same
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Level int

type Point struct{ X, Y int }

type Shape struct {
	Name   string  `json:"name"`
	Level  Level   `json:"level"`
	Origin Point   `json:"origin"`
	Points []Point `json:"points"`
}

func describe(err error) string {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		return fmt.Sprintf("field %q wants %v (name %q kind %v), got %s", ute.Field, ute.Type, ute.Type.Name(), ute.Type.Kind(), ute.Value)
	}
	return "other: " + err.Error()
}

func main() {
	for _, s := range []string{
		`{"name":"a","level":"high"}`,
		`{"origin":[1,2]}`,
		`{"points":[{"X":1},{"X":"2"}]}`,
		`{"points":{"X":1}}`,
		`"just a string"`,
	} {
		var sh Shape
		err := json.Unmarshal([]byte(s), &sh)
		fmt.Println(err)
		fmt.Println(" ", describe(err))
	}
	var pts []Point
	err := json.Unmarshal([]byte(`[{"X":true}]`), &pts)
	fmt.Println(describe(err))
	var lv Level
	fmt.Println(describe(json.Unmarshal([]byte(`"x"`), &lv)))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var sh Shape
		if err := json.NewDecoder(r.Body).Decode(&sh); err != nil {
			http.Error(w, describe(err), 400)
			return
		}
		fmt.Fprintln(w, "ok")
	}))
	defer ts.Close()
	resp, _ := http.Post(ts.URL, "application/json", strings.NewReader(`[]`))
	b, _ := io.ReadAll(resp.Body)
	fmt.Print(resp.StatusCode, " ", string(b))
}
