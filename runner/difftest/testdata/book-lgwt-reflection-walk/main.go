// difftest: refused reflect.ValueOf of an interface{} that may hold a type the script declares sees the interpreter's own type
package main

// Learn Go with Tests, Reflection: walk calls fn for every string field
// of a value of any shape, through pointers, slices, arrays, maps,
// channels and functions, with reflect.

import (
	"fmt"
	"reflect"
	"sort"
)

func walk(x interface{}, fn func(input string)) {
	val := getValue(x)

	walkValue := func(value reflect.Value) {
		walk(value.Interface(), fn)
	}

	switch val.Kind() {
	case reflect.String:
		fn(val.String())
	case reflect.Struct:
		for i := 0; i < val.NumField(); i++ {
			walkValue(val.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < val.Len(); i++ {
			walkValue(val.Index(i))
		}
	case reflect.Map:
		for _, key := range val.MapKeys() {
			walkValue(val.MapIndex(key))
		}
	case reflect.Chan:
		for {
			if v, ok := val.Recv(); ok {
				walkValue(v)
			} else {
				break
			}
		}
	case reflect.Func:
		valFnResult := val.Call(nil)
		for _, v := range valFnResult {
			walkValue(v)
		}
	}
}

func getValue(x interface{}) reflect.Value {
	val := reflect.ValueOf(x)
	if val.Kind() == reflect.Pointer {
		val = val.Elem()
	}
	return val
}

type Person struct {
	Name    string
	Profile Profile
}

type Profile struct {
	Age  int
	City string
}

func main() {
	cases := []struct {
		Name  string
		Input interface{}
	}{
		{"struct with one string field", struct{ Name string }{"Chris"}},
		{"struct with two string fields", struct {
			Name string
			City string
		}{"Chris", "London"}},
		{"struct with non string field", struct {
			Name string
			Age  int
		}{"Chris", 33}},
		{"nested fields", Person{"Chris", Profile{33, "London"}}},
		{"pointers to things", &Person{"Chris", Profile{33, "London"}}},
		{"slices", []Profile{{33, "London"}, {34, "Reykjavík"}}},
		{"arrays", [2]Profile{{33, "London"}, {34, "Reykjavík"}}},
	}
	for _, test := range cases {
		var got []string
		walk(test.Input, func(input string) {
			got = append(got, input)
		})
		fmt.Println(test.Name+":", got)
	}

	var got []string
	walk(map[string]string{"Cow": "Moo", "Sheep": "Baa"}, func(s string) { got = append(got, s) })
	sort.Strings(got)
	fmt.Println("maps:", got)

	ch := make(chan Profile)
	go func() {
		ch <- Profile{33, "Berlin"}
		ch <- Profile{34, "Katowice"}
		close(ch)
	}()
	got = nil
	walk(ch, func(s string) { got = append(got, s) })
	fmt.Println("channels:", got)

	fn := func() (Profile, Profile) { return Profile{33, "Berlin"}, Profile{34, "Katowice"} }
	got = nil
	walk(fn, func(s string) { got = append(got, s) })
	fmt.Println("functions:", got)
}
