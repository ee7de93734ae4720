// difftest: same
package main

// urlvalues of chapter 6 of The Go Programming Language: Values, a map
// type declared in the package with methods Get and Add, called on a
// literal, on a nil map (Get works, Add panics and is recovered here),
// and net/url's own Values of the same shape parsed from a query.

import (
	"fmt"
	"net/url"
)

// Values maps a string key to a list of values.
type Values map[string][]string

// Get returns the first value associated with the given key,
// or "" if there are none.
func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Add adds the value to key.
// It appends to any existing values associated with key.
func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

func addToNil() (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	var m Values
	m.Add("item", "3")
	return nil
}

func main() {
	m := Values{"lang": {"en"}} // direct construction
	m.Add("item", "1")
	m.Add("item", "2")

	fmt.Println(m.Get("lang")) // "en"
	fmt.Println(m.Get("q"))    // ""
	fmt.Println(m.Get("item")) // "1"      (first value)
	fmt.Println(m["item"])     // "[1 2]"  (direct map access)

	m = nil
	fmt.Println(m.Get("item")) // ""
	fmt.Println(addToNil())    // panic: assignment to entry in nil map

	q, err := url.ParseQuery("lang=en&item=1&item=2&q=%E4%B8%96")
	fmt.Println(err, q.Get("item"), q["item"], q.Get("q"), q.Has("lang"), len(q))
	q.Add("item", "3")
	q.Del("lang")
	fmt.Println(q.Encode())
	u, _ := url.Parse("http://127.0.0.1/search?q=go&page=2")
	fmt.Println(u.Query().Get("page"), u.Query())
}
