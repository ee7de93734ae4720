// difftest: same
package main

// soleTitle and defer1 of chapter 5 of The Go Programming Language:
// soleTitle panics with a value of its own local type bailout when a page
// has a second title, and its deferred function compares what recover
// returns with bailout{} to turn that panic alone into an error, panicking
// again with any other. The pages come from a loopback server. Then
// defer1: f(3) recurses to f(0), whose division by zero is not recovered,
// so the deferred prints run and the program ends with status 2.

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

// soleTitle returns the text of the first non-empty title element
// in doc, and an error if there was not exactly one.
func soleTitle(doc string) (title string, err error) {
	type bailout struct{}

	defer func() {
		switch p := recover(); p {
		case nil:
			// no panic
		case bailout{}:
			// "expected" panic
			err = fmt.Errorf("multiple title elements")
		default:
			panic(p) // unexpected panic; carry on panicking
		}
	}()

	// Bail out of recursion if we find more than one non-empty title.
	for _, part := range strings.Split(doc, "<title>")[1:] {
		text := strings.TrimSpace(part[:strings.Index(part, "</title>")])
		if text == "" {
			continue
		}
		if title != "" {
			panic(bailout{}) // multiple title elements
		}
		title = text
	}
	if title == "" {
		return "", fmt.Errorf("no title element")
	}
	return title, nil
}

func f(x int) {
	fmt.Printf("f(%d)\n", x+0/x) // panics if x == 0
	defer fmt.Printf("defer %d\n", x)
	f(x - 1)
}

func main() {
	pages := map[string]string{
		"/one":  "<html><title> The Go Programming Language </title></html>",
		"/two":  "<title>First</title><p><title>Second</title>",
		"/none": "<html><title> </title><body>no title</body></html>",
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, pages[r.URL.Path])
	}))
	for _, path := range []string{"/one", "/two", "/none"} {
		resp, err := http.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		title, err := soleTitle(string(b))
		fmt.Printf("%s: %q %v\n", path, title, err)
	}
	f(3)
}
