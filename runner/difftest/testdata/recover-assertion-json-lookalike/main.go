// difftest: refused a failed assertion's message would name main.Config for a map[string]any that encoding/json made
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

type Config map[string]any

func (c Config) Int(key string) int    { return int(c[key].(float64)) }
func (c Config) Str(key string) string { return c[key].(string) }
func (c Config) List(key string) []any { return c[key].([]any) }

func load(data string) (c Config, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("config: %v", r)
		}
	}()
	if err := json.Unmarshal([]byte(data), &c); err != nil {
		return nil, err
	}
	fmt.Println("port", c.Int("port"), "name", c.Str("name"), "tags", len(c.List("tags")))
	return c, nil
}

func main() {
	for _, d := range []string{
		`{"port": 80, "name": "web", "tags": ["a", "b"]}`,
		`{"port": "80", "name": "web", "tags": []}`,
		`{"port": 80, "name": 5, "tags": []}`,
		`{"port": 80, "name": "x", "tags": {"a": 1}}`,
		`{"port": 80, "name": "x"}`,
		`not json`,
	} {
		_, err := load(d)
		fmt.Println("err:", err)
	}
	v, err := strconv.Atoi("12a")
	fmt.Println(v, err)
}
