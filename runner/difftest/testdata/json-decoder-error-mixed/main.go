// difftest: same
package main

// A drawing server reads batches of shapes from a stream with a
// json.Decoder, each batch into the shapes it expects: a circle and a
// square, both with a Size. A bad Size in the second shape must name the
// square, as Go's error does; the decoder then reads the next batch. The
// error of a json.Decoder named no struct (Go struct field .Size), as its
// input was gone.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Circle struct {
	Center [2]int
	Size   int
}

type Square struct {
	Corner [2]int
	Size   int
	Filled bool
}

const stream = `[{"Center":[1,1],"Size":4},{"Corner":[0,0],"Size":"big"}]
[{"Center":[2,2],"Size":1},{"Corner":[5,5],"Size":3,"Filled":true}]
[{"Center":[0,0],"Size":2.5},{"Corner":[1,2],"Size":7}]
{"not":"a batch"}`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	for batch := 1; ; batch++ {
		shapes := []any{&Circle{}, &Square{}}
		err := dec.Decode(&shapes)
		if errors.Is(err, io.EOF) {
			fmt.Println("end of stream")
			return
		}
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			fmt.Printf("batch %d: field %s: %v\n", batch, typeErr.Field, err)
			continue
		}
		if err != nil {
			fmt.Printf("batch %d: %v\n", batch, err)
			continue
		}
		c, s := shapes[0].(*Circle), shapes[1].(*Square)
		fmt.Printf("batch %d: circle at %v size %d, square at %v size %d filled %t\n",
			batch, c.Center, c.Size, s.Corner, s.Size, s.Filled)
	}
}
