// difftest: same
package main

// A toy evaluator of the kind a course has students write: values of
// several types held as any, unary and binary operators applied by a
// type switch, and results returned with an error.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var errType = errors.New("type mismatch")

func unary(op string, v any) (any, error) {
	switch x := v.(type) {
	case int:
		switch op {
		case "-":
			return -x, nil
		case "^":
			return ^x, nil
		}
	case float64:
		if op == "-" {
			return -x, nil
		}
	case bool:
		if op == "!" {
			return !x, nil
		}
	}
	return nil, fmt.Errorf("%s%v: %w", op, v, errType)
}

func parse(tok string) any {
	if n, err := strconv.Atoi(tok); err == nil {
		return n
	}
	if f, err := strconv.ParseFloat(tok, 64); err == nil {
		return f
	}
	if b, err := strconv.ParseBool(tok); err == nil {
		return b
	}
	return tok
}

func eval(expr string) (any, error) {
	fields := strings.Fields(expr)
	v := parse(fields[len(fields)-1])
	for i := len(fields) - 2; i >= 0; i-- {
		var err error
		if v, err = unary(fields[i], v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func sign(n int) (string, any) {
	if n < 0 {
		return "negative", -n
	}
	return "positive", n
}

func main() {
	for _, e := range []string{"- 5", "- - 7", "^ 0", "! true", "! ! false", "- 2.5", "! 3", "- word"} {
		v, err := eval(e)
		fmt.Printf("%-10s => %v (%T) %v\n", e, v, v, err)
	}
	fmt.Println(sign(-4))
	fmt.Println(sign(9))
	_, err := eval("! 1")
	fmt.Println(errors.Is(err, errType))
}
