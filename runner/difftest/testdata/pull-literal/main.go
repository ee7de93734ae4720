// difftest: same
package main

import (
	"fmt"
	"iter"
	"strings"
)

// parseRequest reads a request line and headers from lines pulled one at a
// time from a sequence written in place, stopping it (deferred) once the
// blank line ends the headers.
func parseRequest(raw string) (method, path string, headers map[string]string, err error) {
	next, stop := iter.Pull(func(yield func(string) bool) {
		defer fmt.Println("  (line reader closed)")
		for _, l := range strings.Split(raw, "\r\n") {
			if !yield(l) {
				return
			}
		}
	})
	defer stop()
	first, ok := next()
	if !ok {
		return "", "", nil, fmt.Errorf("empty request")
	}
	parts := strings.Fields(first)
	if len(parts) != 3 {
		return "", "", nil, fmt.Errorf("bad request line %q", first)
	}
	headers = map[string]string{}
	for {
		l, ok := next()
		if !ok || l == "" {
			break
		}
		k, v, found := strings.Cut(l, ":")
		if !found {
			return "", "", nil, fmt.Errorf("bad header %q", l)
		}
		headers[strings.ToLower(k)] = strings.TrimSpace(v)
	}
	return parts[0], parts[1], headers, nil
}

func main() {
	m, p, h, err := parseRequest("GET /a HTTP/1.1\r\nHost: example\r\nX-Id: 7\r\n\r\nbody")
	fmt.Println(m, p, h["host"], h["x-id"], err)
	_, _, _, err = parseRequest("GET /a HTTP/1.1\r\nnot a header\r\n\r\n")
	fmt.Println(err)
	_, _, _, err = parseRequest("BROKEN\r\n")
	fmt.Println(err)

	// A sequence kept in a variable, converted, pulled two at a time.
	total := 0
	squares := func(yield func(int, int) bool) {
		defer func() { fmt.Println("squares ends, total so far", total) }()
		for i := 1; ; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
	next, stop := iter.Pull2(iter.Seq2[int, int](squares))
	defer stop()
	for {
		i, sq, _ := next()
		total += sq
		if total > 20 {
			fmt.Println("stopped after", i)
			break
		}
	}
}
