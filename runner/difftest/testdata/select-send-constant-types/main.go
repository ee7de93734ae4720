// difftest: same
package main

import "fmt"

type Celsius float64

type Level int8

func fill[T ~int8 | ~float64](c chan T) {
	select {
	case c <- 1:
	default:
		fmt.Println("full")
	}
}

func main() {
	small := make(chan int8, 1)
	ratios := make(chan float32, 2)
	temps := make(chan Celsius, 1)
	letters := make(chan byte, 1)
	levels := make(chan Level, 1)
	const limit = 200
	bytes := make(chan uint8, 1)
	select {
	case small <- 1:
	}
	select {
	case ratios <- 0.1:
	}
	select {
	case ratios <- 1 << 20:
	default:
	}
	select {
	case temps <- 100:
	}
	select {
	case letters <- 'a':
	}
	select {
	case levels <- -3:
	}
	select {
	case bytes <- limit:
	}
	fmt.Println(<-small, <-ratios, <-ratios, <-temps, <-letters, <-levels, <-bytes)
	fill(small)
	fill(small)
	f := make(chan float64, 1)
	fill(f)
	fmt.Println(<-small, <-f)
}
