// difftest: same
package main

// Settings gathered into a map from pointers that parsing fills in, and
// a check that a setting was parsed at all (_ = *port): a setting that
// was never parsed is a nil pointer, and reading it panics, in the map
// literal as in the blank assignment, which a recover reports. The
// interpreter read neither: the map left the entry out and the check
// passed.

import "fmt"

type settings struct {
	port, workers *int
}

func parse(line string) settings {
	var s settings
	var n int
	if _, err := fmt.Sscanf(line, "port=%d", &n); err == nil {
		s.port = &n
	}
	w := 4
	s.workers = &w
	return s
}

func table(s settings) (m map[string]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("table: %v", r)
		}
	}()
	m = map[string]int{"workers": *s.workers, "port": *s.port}
	return m, nil
}

func check(s settings) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("check: %v", r)
		}
	}()
	_ = *s.port
	return nil
}

func main() {
	for _, line := range []string{"port=8080", "workers=2"} {
		s := parse(line)
		fmt.Println(table(s))
		fmt.Println(check(s))
	}
}
