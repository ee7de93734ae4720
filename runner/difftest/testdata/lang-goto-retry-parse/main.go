// difftest: same

// goto as a retry loop, a token parser's states, and a loop of defers in
// a function literal.
package main

import (
	"errors"
	"fmt"
)

var attempts int

func fetch() (string, error) {
	attempts++
	if attempts < 3 {
		return "", errors.New("transient")
	}
	return "data", nil
}

func withRetry() (res string, err error) {
	tries := 0
retry:
	tries++
	res, err = fetch()
	if err != nil {
		if tries < 5 {
			fmt.Println("retry after", err)
			goto retry
		}
		return "", err
	}
	return res, nil
}

func parse(tokens []string) (sum int, err error) {
	i := 0
next:
	if i >= len(tokens) {
		goto done
	}
	switch t := tokens[i]; t {
	case "+":
		i++
		goto next
	case "stop":
		goto done
	default:
		n := 0
		for _, c := range t {
			if c < '0' || c > '9' {
				err = fmt.Errorf("bad token %q", t)
				goto fail
			}
			n = n*10 + int(c-'0')
		}
		sum += n
	}
	i++
	goto next
fail:
	return 0, err
done:
	return sum, nil
}

func main() {
	fmt.Println(withRetry())
	fmt.Println(parse([]string{"1", "+", "22", "+", "3"}))
	fmt.Println(parse([]string{"1", "stop", "5"}))
	fmt.Println(parse([]string{"1", "x2"}))
	func() {
		n := 0
	loop:
		if n < 3 {
			defer fmt.Println("deferred", n)
			n++
			goto loop
		}
	}()
}
