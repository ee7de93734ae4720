// difftest: same
package main

// Go by Example, Environment Variables: set, read, look up, unset and
// expand them, and list those of the program's own prefix.

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR_SURELY_UNSET_X"))

	if v, ok := os.LookupEnv("FOO"); ok {
		fmt.Println("FOO is set to", v)
	}
	_, ok := os.LookupEnv("BAR_SURELY_UNSET_X")
	fmt.Println("BAR set:", ok)

	os.Setenv("DEMO_APP_PORT", "8080")
	os.Setenv("DEMO_APP_HOST", "localhost")
	os.Setenv("DEMO_APP_EMPTY", "")
	var mine []string
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if strings.HasPrefix(pair[0], "DEMO_APP_") {
			mine = append(mine, pair[0]+" -> "+fmt.Sprintf("%q", pair[1]))
		}
	}
	sort.Strings(mine)
	for _, m := range mine {
		fmt.Println(m)
	}
	v, ok := os.LookupEnv("DEMO_APP_EMPTY")
	fmt.Printf("empty: %q %v\n", v, ok)

	fmt.Println(os.ExpandEnv("listening on $DEMO_APP_HOST:${DEMO_APP_PORT}$NOPE_NOT_SET!"))
	fmt.Println(os.Expand("${greeting}, ${name}", func(k string) string {
		return map[string]string{"greeting": "hello", "name": "gopher"}[k]
	}))
	os.Unsetenv("DEMO_APP_HOST")
	_, ok = os.LookupEnv("DEMO_APP_HOST")
	fmt.Println("host set after unset:", ok)
	err := os.Setenv("", "x")
	fmt.Println(err)
	err = os.Setenv("A=B", "x")
	fmt.Println(err)

	port := os.Getenv("DEMO_APP_PORT")
	if port == "" {
		port = "80"
	}
	fmt.Println("port:", port)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("FOO") == "")
}
