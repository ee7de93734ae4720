# player1 is a human      # player2 is a robot

from random import *
def game(opponent):
    player2 = choice(['Scissor', 'Paper',
'Stone'])
    print('Player2: ', player2)
    if player2 == opponent:
        return 'Draw'
    elif (player2 == 'Scissor' and opponent == \
'Paper') or (player2 == 'Paper' and opponent == \
'Stone') or (player2 == 'Stone' and opponent == \
'Scissor'):
        return 'Player2 wins!'
    else:
        return 'Player1 wins!'

def main():
    print('You are Player1 playing against Player2')
    counter = 3
    d = {'1': 'Scissor', '2': 'Paper', '3': 'Stone'}
    while counter > 0:
        player1 = input('Player1: Enter (1) Scissor, (2) Paper or (3) Stone : ')
        if player1 in d:
            print('Player1: ', d[player1])
            print(game(d[player1]))
            counter -= 1
        else:
            print('Please enter only 1, 2 or 3.')

main()
