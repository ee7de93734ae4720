// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	fmt.Print("Name: ")
	name, _ := in.ReadString('\n')
	fmt.Print("Age: ")
	ageText, _ := in.ReadString('\n')
	age, err := strconv.Atoi(strings.TrimSpace(ageText))
	if err != nil {
		fmt.Println("bad age:", err)
		return
	}
	fmt.Printf("Hello %s, next year you are %d\n", strings.TrimSpace(name), age+1)
	rest, err := in.ReadString('\n')
	fmt.Printf("%q %v %v\n", rest, err, err == io.EOF)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Buffered())
	w.WriteString("flushed\n")
	w.Flush()
}
