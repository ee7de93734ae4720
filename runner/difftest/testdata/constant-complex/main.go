// difftest: same
package main

import "fmt"

// Complex constants are exact too; the interpreter could not compile
// their arithmetic.

const z = complex(1, 2) * complex(3, 4)

func main() {
	fmt.Println(complex(1, 2)*complex(3, 4), real(3i*3i), z, imag(z)/real(z))
	var c64 complex64 = (1 + 2i) / 3
	fmt.Println(c64, complex(float32(1)/3, 2))
}
