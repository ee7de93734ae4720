// difftest: same
package main

import (
	"fmt"
	"strconv"
)

func toString(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case string:
		return "string " + strconv.Quote(x)
	case []byte:
		return "bytes " + string(x)
	case nil:
		return "nil"
	}
	return fmt.Sprintf("other %v", v)
}

func main() {
	for _, v := range []any{1, int64(2), 1.5, float32(2.5), "s", []byte("b"), nil, true, uint8(7)} {
		fmt.Println(toString(v))
	}
}
