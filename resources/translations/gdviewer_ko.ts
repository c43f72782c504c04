<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Batch</name>
    <message>
        <location filename="../../gdviewer/batch.py" line="27"/>
        <source>--export {path} is a folder, not a file: give a file name ending in one of the suffixes {suffixes}, such as {example}</source>
        <extracomment>Output suffixes that ``--export`` accepts, each naming a format.</extracomment>
        <translation>--export {path}: 파일이 아니라 폴더입니다. 다음 확장자 중 하나로 끝나는 파일 이름을 주세요: {suffixes}. 예: {example}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="33"/>
        <source>cannot export to {name}: use one of the suffixes {suffixes}</source>
        <translation>{name} 파일로 내보낼 수 없습니다. 다음 확장자 중 하나를 쓰세요: {suffixes}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="38"/>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>{path} 파일로 내보낼 수 없습니다. 없는 폴더입니다: {folder}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="42"/>
        <source>cannot export to {path}: it is not writable; choose another folder</source>
        <translation>{path} 파일로 내보낼 수 없습니다. 쓰기 권한이 없으니 다른 폴더를 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="66"/>
        <source>gdviewer: a race cannot be exported as a Python script; choose .csv, .gdv or a figure suffix</source>
        <translation>gdviewer: 경주는 Python 스크립트로 내보낼 수 없습니다. .csv, .gdv 또는 그림 확장자를 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="97"/>
        <source>gdviewer: the script repeats gradient descent at a constant learning rate; drop --optimizer (or open a file without one) to export a script, or choose .csv or .gdv</source>
        <translation>gdviewer: 스크립트는 고정 Learning Rate의 경사 하강법만 재현합니다. 스크립트로 내보내려면 --optimizer를 빼거나 옵티마이저가 없는 파일을 여세요. 아니면 .csv나 .gdv를 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="117"/>
        <source>gdviewer: writing {path} failed: {reason}</source>
        <translation>gdviewer: {path} 파일을 쓰지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="144"/>
        <source>gdviewer: rendering {frames} frames, one per step from 0 to {last}</source>
        <translation>gdviewer: 0단계부터 {last}단계까지 단계마다 한 프레임씩, 프레임 {frames}개를 그립니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="146"/>
        <source>gdviewer: rendering {frames} frames for steps 0 to {last} (a run of more than {max} steps is shown at {max} evenly spaced steps, the first and the last included)</source>
        <translation>gdviewer: 0단계부터 {last}단계까지 프레임 {frames}개를 그립니다 ({max}단계보다 긴 실행은 첫 단계와 마지막 단계를 포함해 고른 간격의 {max}단계로 보여 줍니다)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="164"/>
        <source>gdviewer: {percent} % ({done} of {total} frames)</source>
        <translation>gdviewer: {percent}% (프레임 {total}개 중 {done}개)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="170"/>
        <source>gdviewer: writing {path}</source>
        <translation>gdviewer: {path} 파일을 쓰는 중</translation>
    </message>
</context>
<context>
    <name>BatchInputs</name>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="69"/>
        <source>Batch (all points)</source>
        <extracomment>The largest seed offered; numpy accepts any integer &gt;= 0.</extracomment>
        <translation>배치 (모든 점)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="70"/>
        <source>Mini-batch</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="71"/>
        <source>Stochastic (one point)</source>
        <translation>확률적 (점 하나)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="72"/>
        <source>Updates</source>
        <translation>업데이트 방식</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="73"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="74"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="75"/>
        <source>How many data points each update averages: all of them (batch gradient descent), a random mini-batch, or one random point (stochastic gradient descent).</source>
        <translation>업데이트마다 평균을 내는 데이터 점의 수입니다. 모든 점(배치 경사 하강법), 무작위 미니배치, 또는 무작위 점 하나(확률적 경사 하강법, SGD) 중에서 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="80"/>
        <source>Points per update. Each epoch shuffles the points and cuts them into batches of this size.</source>
        <translation>업데이트 한 번에 쓰는 점의 수입니다. Epoch마다 점을 섞고 이 크기의 배치로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/batch_inputs.py" line="83"/>
        <source>Seed of the random shuffles: the same seed draws the same batches after a reset.</source>
        <translation>무작위 섞기의 시드입니다. 시드가 같으면 처음으로 되돌린 뒤에도 같은 배치를 뽑습니다.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../gdviewer/app.py" line="42"/>
        <source>Watch gradient descent take every step. Without --print, opens the window.</source>
        <extracomment>The lesson that --data opens when no --lesson is given. The race lesson whose step count --function takes for a formula in x and y.</extracomment>
        <translation>경사 하강법의 매 단계를 지켜봅니다. --print 없이 실행하면 창을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="48"/>
        <source>lesson to open or print (see --list-lessons)</source>
        <translation>열거나 출력할 레슨 (--list-lessons 참고)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="68"/>
        <source>print the lesson ids and titles, then exit</source>
        <translation>레슨 id와 제목을 출력하고 종료</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="80"/>
        <source>number of updates (default: the lesson&apos;s)</source>
        <translation>업데이트 횟수 (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="84"/>
        <source>learning rate α (default: the lesson&apos;s)</source>
        <translation>학습률(Learning Rate) α (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="72"/>
        <source>print one row per step (step, x, f(x), f′(x); on a surface step, x, y, f and the gradient) and the final state instead of opening a window</source>
        <translation>창을 여는 대신 단계마다 한 줄(step, x, f(x), f′(x). 곡면에서는 step, x, y, f와 기울기)과 최종 상태를 출력</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="52"/>
        <source>race on a function of x and y instead of a lesson: {names} (the same as --lesson race-NAME); for a formula in x and y use --function instead</source>
        <translation>레슨 대신 x와 y의 함수에서 경주: {names} (--lesson race-NAME과 같습니다). x와 y의 수식은 --function으로 주세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="60"/>
        <source>optimizer to run: {names}; on a surface only this one races, and a function or regression lesson runs it in the window or with --print (default: gradient descent)</source>
        <translation>실행할 옵티마이저: {names}. 곡면에서는 이 옵티마이저만 경주하고, 함수나 회귀 레슨은 창에서든 --print로든 이 옵티마이저로 실행합니다(기본값: 경사 하강법)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="88"/>
        <source>start point: x₀ for a function lesson, w₀,b₀ for a regression lesson, x₀,y₀ on a surface (default: the lesson&apos;s)</source>
        <translation>시작점: 함수 레슨은 x₀, 회귀 레슨은 w₀,b₀, 곡면은 x₀,y₀ (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="96"/>
        <source>run a regression lesson on the x and y columns of this CSV file (opens the regression lesson unless --lesson names another)</source>
        <translation>이 CSV 파일의 x, y 열로 회귀 레슨을 실행 (--lesson으로 다른 레슨을 고르지 않으면 회귀 레슨을 엽니다)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="104"/>
        <source>an experiment saved by gdviewer to open, print or export</source>
        <translation>열거나 출력하거나 내보낼, gdviewer로 저장한 실험 파일</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="108"/>
        <source>write the run to OUT and exit; the suffix chooses the format: .png, .svg, .gif, .mp4, .csv, .py or .gdv</source>
        <translation>실행을 OUT에 쓰고 종료. 확장자로 형식을 고릅니다: .png, .svg, .gif, .mp4, .csv, .py, .gdv</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="115"/>
        <source>interface language: ko (Korean) or en (English); overrides the saved choice and the system locale</source>
        <translation>화면 언어: ko(한국어) 또는 en(영어). 저장된 선택과 시스템 로캘보다 우선합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="159"/>
        <source>{path} was not opened: {reason}</source>
        <translation>{path} 파일을 열지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="165"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="189"/>
        <source>use either --lesson or --function, not both</source>
        <translation>--lesson과 --function 중 하나만 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="191"/>
        <source>use either --data or --function, not both</source>
        <translation>--data와 --function 중 하나만 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="122"/>
        <source>function to open or print instead of a lesson. A function of x, such as &apos;2x^2&apos; or &apos;sin(x) + 0.1x^2&apos;, takes start, learning rate and steps from the convergence lesson. A formula that uses y, such as &apos;x^2 + 10y^2&apos;, is a surface: the optimizers race on it from --start X,Y (default 1,1), as with --surface</source>
        <translation>레슨 대신 열거나 출력할 함수. &apos;2x^2&apos;나 &apos;sin(x) + 0.1x^2&apos; 같은 x의 함수는 시작점, 학습률, 단계 수를 수렴 레슨에서 가져옵니다. &apos;x^2 + 10y^2&apos;처럼 y를 쓰는 수식은 곡면이 되어, --surface처럼 옵티마이저들이 --start X,Y(기본값 1,1)에서 출발해 경주합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="193"/>
        <source>use either --surface or --function, not both: a formula that uses y, such as --function &apos;x^2 + 10y^2&apos;, races as a surface by itself</source>
        <translation>--surface와 --function 중 하나만 쓰세요. --function &apos;x^2 + 10y^2&apos;처럼 y를 쓰는 수식은 그 자체로 곡면이 되어 경주합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="203"/>
        <source>unknown lesson id {value!r}; choose one of: {ids}</source>
        <translation>알 수 없는 레슨 id {value!r}입니다. 다음 중 하나를 고르세요: {ids}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="209"/>
        <source>--steps {value} is out of range; use 0 to {max}</source>
        <translation>--steps {value}: 범위를 벗어났습니다. 0부터 {max}까지의 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="213"/>
        <source>--learning-rate {value} is invalid; use a number from 0 to {max}</source>
        <translation>--learning-rate {value}: 잘못된 값입니다. 0부터 {max}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="217"/>
        <source>--steps {value} is too many for a race; use 0 to {max}</source>
        <translation>--steps {value}: 경주에는 너무 많습니다. 0부터 {max}까지의 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="222"/>
        <source>--start {value} is invalid for a formula in x and y; give x₀ and y₀ as two numbers, such as --start 1,1</source>
        <translation>--start {value}: x와 y의 수식에 맞지 않습니다. x₀와 y₀를 두 수로 주세요. 예: --start 1,1</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="245"/>
        <source>unknown surface {value!r}; choose one of: {names}</source>
        <translation>알 수 없는 곡면 {value!r}입니다. 다음 중 하나를 고르세요: {names}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="251"/>
        <source>unknown optimizer {value!r}; choose one of: {names}</source>
        <translation>알 수 없는 옵티마이저 {value!r}입니다. 다음 중 하나를 고르세요: {names}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="256"/>
        <source>use either --surface or --lesson, not both (--surface NAME is --lesson race-NAME)</source>
        <translation>--surface와 --lesson 중 하나만 쓰세요 (--surface NAME은 --lesson race-NAME과 같습니다)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="260"/>
        <source>--data needs a regression lesson; the lesson race-sgd races on the regression loss</source>
        <translation>--data는 회귀 레슨에만 쓸 수 있습니다. 회귀 손실에서 경주하려면 race-sgd 레슨을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="270"/>
        <source>--start {value} is invalid for lesson {lesson}; give x₀ and y₀ as two numbers, such as --start -1.2,1</source>
        <translation>--start {value}: {lesson} 레슨에 맞지 않습니다. x₀와 y₀를 두 수로 주세요. 예: --start -1.2,1</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="276"/>
        <source>--start {value} is invalid for lesson {lesson}; give w₀ and b₀ as two numbers, such as --start 0.5,1</source>
        <translation>--start {value}: {lesson} 레슨에 맞지 않습니다. w₀와 b₀를 두 수로 주세요. 예: --start 0.5,1</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="282"/>
        <source>--start {value} is invalid for lesson {lesson}; give x₀ as one number, such as --start 2</source>
        <translation>--start {value}: {lesson} 레슨에 맞지 않습니다. x₀를 수 하나로 주세요. 예: --start 2</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="291"/>
        <source>--start {value} is invalid; {cell!r} is not a number</source>
        <translation>--start {value}: 잘못된 값입니다. 수가 아닌 항목: {cell!r}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="294"/>
        <source>--start {value} is invalid; use a number from {low} to {high}</source>
        <translation>--start {value}: 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="308"/>
        <source>--data needs a regression lesson, but {lesson} fits no data; use --lesson regression</source>
        <translation>--data는 회귀 레슨에만 쓸 수 있는데 {lesson} 레슨은 데이터를 맞추지 않습니다. --lesson regression을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="317"/>
        <source>--data {path}: the file cannot be read ({reason})</source>
        <translation>--data {path}: 파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="319"/>
        <location filename="../../gdviewer/app.py" line="321"/>
        <source>--data {path} was rejected: {reason}</source>
        <translation>--data {path} 파일을 받아들일 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="353"/>
        <source>--function {value!r} is invalid: {message}</source>
        <translation>--function {value!r}: 잘못된 수식입니다. {message}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="395"/>
        <source>function: {text}</source>
        <translation>함수: {text}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="398"/>
        <source>f(x) = {f}, start x0 = {start}, learning rate = {rate}, steps = {steps}</source>
        <translation>f(x) = {f}, 시작점 x0 = {start}, 학습률 = {rate}, 단계 수 = {steps}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="511"/>
        <source>optimizer: {name}</source>
        <translation>옵티마이저: {name}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="408"/>
        <location filename="../../gdviewer/race_report.py" line="153"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="436"/>
        <source>at α = {rate}: x := {rule}</source>
        <translation>α = {rate}일 때: x := {rule}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="445"/>
        <source>Choose another start point with --start.</source>
        <translation>--start로 다른 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="446"/>
        <source>gdviewer: the function cannot be evaluated at the start point {value}; choose one closer to 0</source>
        <translation>gdviewer: 시작점 {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="471"/>
        <source>gdviewer: the loss is not finite at the start (w, b) = ({w}, {b}); choose values closer to 0
</source>
        <translation>gdviewer: 시작점 (w, b) = ({w}, {b})에서 손실이 유한하지 않습니다. 0에 더 가까운 값을 고르세요
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="514"/>
        <source>schedule: {name}</source>
        <translation>스케줄: {name}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="563"/>
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="684"/>
        <source>gdviewer: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open. Run it in a desktop session, or use --print to see a lesson in the terminal.</source>
        <extracomment>Options whose value may start with a minus sign, such as --start -1e6.</extracomment>
        <translation>gdviewer: 그래픽 디스플레이를 찾지 못해(DISPLAY와 WAYLAND_DISPLAY가 비어 있음) 창을 열 수 없습니다. 데스크톱 세션에서 실행하거나, --print로 터미널에서 레슨을 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/race_report.py" line="88"/>
        <source>gdviewer: the surface is not finite at the start ({x}, {y}); choose another --start
</source>
        <translation>gdviewer: 시작점 ({x}, {y})에서 곡면 값이 유한하지 않습니다. 다른 --start를 고르세요
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/race_report.py" line="117"/>
        <source>formula surface: {text}</source>
        <translation>수식 곡면: {text}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/race_report.py" line="121"/>
        <source>{formula}, start ({x}, {y}), steps = {steps}</source>
        <translation>{formula}, 시작점 ({x}, {y}), 단계 수 = {steps}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/race_report.py" line="140"/>
        <source>learning rate = {rate}</source>
        <translation>학습률 = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/race_report.py" line="169"/>
        <source>Finished at step {step}: f = {loss}</source>
        <translation>{step}단계에서 끝남: f = {loss}</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../gdviewer/model/comparison.py" line="152"/>
        <source>The comparison holds at most {count} runs: remove one first.</source>
        <extracomment>The maximum number of kept runs; each gets a colour of its own. The lesson pair compares these learning rates on the convergence lesson. Steps computed at once: the whole of a short run, the start of a long one.</extracomment>
        <translation>비교에는 실행을 {count}개까지만 둘 수 있습니다. 먼저 하나를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/comparison.py" line="154"/>
        <source>This run is already in the comparison: change the learning rate or the start point first.</source>
        <translation>이 실행은 이미 비교에 있습니다. 먼저 학습률이나 시작점을 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>ComparisonOverlay</name>
    <message>
        <location filename="../../gdviewer/ui/plots/comparison_overlay.py" line="234"/>
        <source>current run, α = {rate}</source>
        <translation>현재 실행, α = {rate}</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="100"/>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="101"/>
        <source>Add to comparison</source>
        <translation>비교에 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="103"/>
        <source>Keep the current run on the plots, then change the learning rate to compare (up to {count} runs)</source>
        <translation>현재 실행을 그래프에 남겨 두고, 학습률을 바꿔 비교합니다 (최대 {count}개)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="107"/>
        <source>Lesson pair</source>
        <translation>레슨 한 쌍</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="108"/>
        <source>Compare α = 1 with α = 0.1 on f(x) = 2x², starting at x = 1</source>
        <translation>f(x) = 2x²에서 x = 1부터 α = 1과 α = 0.1을 비교합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="109"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="110"/>
        <source>Remove the selected runs (Delete)</source>
        <translation>선택한 실행을 지웁니다 (Delete)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="111"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="112"/>
        <source>Remove every kept run; Edit ▸ Undo brings them back</source>
        <translation>남겨 둔 실행을 모두 지웁니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="123"/>
        <source>Kept runs use gradient descent at a constant rate: choose Gradient descent and the Constant schedule to add this run.</source>
        <translation>보관하는 실행은 학습률이 일정한 경사 하강법으로 계산합니다. 이 실행을 추가하려면 경사 하강법과 일정 스케줄을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="135"/>
        <source>Add α = {rate} to the Comparison</source>
        <translation>비교에 추가: α = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="144"/>
        <source>Compare the Lesson Pair</source>
        <translation>레슨 한 쌍 비교</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="152"/>
        <source>Remove from the Comparison</source>
        <translation>비교에서 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="157"/>
        <source>Clear the Comparison</source>
        <translation>비교 모두 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/comparison_panel.py" line="190"/>
        <source>stops at step {step}</source>
        <translation>{step}단계에서 멈춤</translation>
    </message>
</context>
<context>
    <name>ContourPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/contour_plot.py" line="90"/>
        <source>Loss surface J(w, b)</source>
        <extracomment>Samples of J along each axis of the grid. Contour lines drawn between the lowest and the highest J of the grid. Path points farther than this many view widths outside are not drawn.</extracomment>
        <translation>손실 곡면 J(w, b)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/contour_plot.py" line="166"/>
        <source>optimum ({w}, {b})</source>
        <translation>최적점 ({w}, {b})</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="58"/>
        <source>&amp;Import Data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="59"/>
        <source>Replace the data with the x and y columns of a CSV file</source>
        <translation>CSV 파일의 x, y 열로 데이터를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="60"/>
        <source>&amp;Export Data…</source>
        <translation>데이터 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="61"/>
        <source>Save the current data as a CSV file</source>
        <translation>현재 데이터를 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="72"/>
        <location filename="../../gdviewer/ui/data_files.py" line="88"/>
        <source>{name} was not imported. {reason}</source>
        <translation>{name} 파일을 가져오지 않았습니다. {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="74"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="76"/>
        <source>Import {name}</source>
        <translation>{name} 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="78"/>
        <source>Imported {count} points from {name}</source>
        <translation>{name}에서 점 {count}개를 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="91"/>
        <source>{name} was not imported: the loss is not finite on its data.</source>
        <translation>{name} 파일을 가져오지 않았습니다. 이 데이터에서는 손실이 유한하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="98"/>
        <source>This lesson has no data to export.</source>
        <translation>이 레슨에는 내보낼 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="102"/>
        <source>{name} cannot be written: {reason}</source>
        <translation>{name}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="106"/>
        <source>Exported {count} points to {name}</source>
        <translation>{name}에 점 {count}개를 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="112"/>
        <location filename="../../gdviewer/ui/data_files.py" line="119"/>
        <source>Import Data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="112"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="124"/>
        <location filename="../../gdviewer/ui/data_files.py" line="131"/>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="124"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataMessages</name>
    <message>
        <location filename="../../gdviewer/model/data_messages.py" line="24"/>
        <source>The loss overflows at the start: the largest value, {value} in column {column}, is too large to square. Rescale the x and y columns, for example divide both by {factor}.</source>
        <translation>시작점에서 손실이 넘칩니다. 가장 큰 값 {value}(열 {column})의 제곱이 64비트 실수의 범위를 넘습니다. x, y 열의 크기를 줄이세요. 예를 들어 두 열을 모두 {factor} 단위로 나타내세요.</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="105"/>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="154"/>
        <source>least-squares line</source>
        <extracomment>Above this many points the residuals are not drawn: they would fill the plot. A click or drag this close to a point (in pixels) grabs it.</extracomment>
        <translation>최소제곱 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="108"/>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="157"/>
        <source>residuals y − ŷ</source>
        <translation>잔차 y − ŷ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="109"/>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="158"/>
        <source>current line</source>
        <translation>현재 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="145"/>
        <source>Data and the line of the current step</source>
        <translation>데이터와 현재 단계의 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="147"/>
        <source>Data and the line of the current epoch</source>
        <translation>데이터와 현재 Epoch의 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="290"/>
        <source>residuals are drawn for up to {count} points</source>
        <translation>잔차는 점 {count}개까지만 그립니다</translation>
    </message>
</context>
<context>
    <name>DataTexts</name>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="14"/>
        <source>The file is {size} bytes; files up to {max} bytes can be read.</source>
        <translation>파일 크기가 {size}바이트입니다. {max}바이트까지의 파일만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="18"/>
        <source>Row {row} is not valid UTF-8 text: save the file as UTF-8 and import it again.</source>
        <translation>{row}행이 올바른 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="22"/>
        <source>The file has no data rows: add at least one row with an x and a y value.</source>
        <translation>파일에 데이터 행이 없습니다. x와 y 값이 있는 행을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="24"/>
        <source>Row {row} has a single column ({value!r}): write x and y in two columns separated by a comma, semicolon or tab.</source>
        <translation>{row}행에 열이 하나뿐입니다({value!r}). x와 y를 쉼표, 세미콜론 또는 탭으로 구분한 두 열로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="29"/>
        <source>Row {row} has {count} values: keep two columns, x and y, and remove the others.</source>
        <translation>{row}행에 값이 {count}개 있습니다. x와 y 두 열만 남기고 나머지는 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="39"/>
        <source>Row {row}, column {column}</source>
        <translation>{row}행 {column}열</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="41"/>
        <source>{where}: the value is missing. Fill it in or delete the row.</source>
        <translation>{where}: 값이 비어 있습니다. 값을 채우거나 그 행을 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="43"/>
        <source>{where}: {value!r} is not a finite number. Replace it with a finite value.</source>
        <translation>{where}: 유한한 수가 아닙니다({value!r}). 유한한 값으로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="46"/>
        <source>{where}: {value!r} is not a number.</source>
        <translation>{where}: 수가 아닙니다({value!r}).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="48"/>
        <source>Write decimals with a point (2.5, not 2,5).</source>
        <translation>소수는 점으로 쓰세요 (2,5가 아니라 2.5).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="50"/>
        <source>Write a decimal number such as 2.5 or -1e3.</source>
        <translation>2.5나 -1e3 같은 십진수로 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="400"/>
        <source>Learning rate {value} is invalid: enter a number from 0 to {max}.</source>
        <translation>학습률 {value}: 잘못된 값입니다. 0부터 {max}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="413"/>
        <source>This lesson starts from two numbers: set w₀ and b₀.</source>
        <translation>이 레슨은 두 수에서 시작합니다. w₀와 b₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="416"/>
        <source>This lesson starts from two numbers: set x₀ and y₀.</source>
        <translation>이 레슨은 두 수에서 시작합니다. x₀와 y₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="423"/>
        <source>Start point {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작점 {value}: 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="444"/>
        <source>This lesson starts from one number: set x₀.</source>
        <translation>이 레슨은 수 하나에서 시작합니다. x₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="453"/>
        <source>Start value {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작값 {value}: 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="477"/>
        <source>Step count {value} is invalid: enter a whole number from 0 to {max}.</source>
        <translation>단계 수 {value}: 잘못된 값입니다. 0부터 {max}까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="496"/>
        <source>Batch size {size} and seed {seed} are invalid: use a batch size of at least 1 and a seed of at least 0.</source>
        <translation>잘못된 값입니다(배치 크기 {size}, 시드 {seed}). 배치 크기는 1 이상, 시드는 0 이상으로 하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="556"/>
        <source>A race sets an optimizer for each racer: use the race panel.</source>
        <translation>경주에서는 주자마다 옵티마이저를 정합니다. 경주 패널을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="570"/>
        <source>{reason}: choose another value.</source>
        <translation>{reason}: 다른 값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="610"/>
        <source>Add point ({x}, {y})</source>
        <translation>점 ({x}, {y}) 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="622"/>
        <source>Move point {number}</source>
        <translation>점 {number} 옮기기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="632"/>
        <source>The data needs at least one point, so the last point stays.</source>
        <translation>데이터에는 점이 하나 이상 있어야 하므로 마지막 점은 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="635"/>
        <source>Delete point {number}</source>
        <translation>점 {number} 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="637"/>
        <source>Delete {count} points</source>
        <translation>점 {count}개 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="647"/>
        <location filename="../../gdviewer/model/experiment.py" line="715"/>
        <source>Only the regression lessons use data: choose one first.</source>
        <translation>데이터는 회귀 레슨에서만 씁니다. 먼저 회귀 레슨을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="681"/>
        <source>The loss cannot be evaluated at w = {w}, b = {b}: choose start values closer to 0.</source>
        <translation>w = {w}, b = {b}에서 손실을 계산할 수 없습니다. 0에 더 가까운 시작값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="744"/>
        <source>Choose another start point.</source>
        <translation>다른 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="745"/>
        <source>The function cannot be evaluated at x = {value}: choose a start point closer to 0.</source>
        <translation>x = {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="751"/>
        <source>f(x) is not finite at x = {x}.</source>
        <translation>x = {x}에서 f(x)가 유한하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="754"/>
        <source>The start point moved from {old} to {new}. {reason}</source>
        <translation>시작점을 옮겼습니다: {old} → {new}. {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="761"/>
        <source>The function is not finite at the start point or at any of 0.1, ±0.5, ±1, ±2 and ±3: check where it is defined.</source>
        <translation>함수가 시작점에서도, 0.1, ±0.5, ±1, ±2, ±3 어디에서도 유한하지 않습니다. 함수가 정의되는 범위를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="700"/>
        <source>The loss is not finite on this data: use smaller numbers.</source>
        <translation>이 데이터에서는 손실이 유한하지 않습니다. 더 작은 수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="721"/>
        <source>Point coordinate {value} is invalid: use a number from {low} to {high}.</source>
        <translation>점 좌표 {value}: 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="23"/>
        <source>the file is {size} bytes, more than the {max} bytes an experiment can have</source>
        <extracomment>The translatable forms of the core&apos;s FileProblem sentences.</extracomment>
        <translation>파일이 {size}바이트로, 실험 파일의 최대 크기 {max}바이트보다 큽니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="24"/>
        <source>the file is not UTF-8 text (byte {position})</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다 ({position}번째 바이트)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="25"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="26"/>
        <source>the file is not valid JSON (line {line}, column {column}); it may be truncated or not a gdviewer experiment</source>
        <translation>파일이 올바른 JSON이 아닙니다 ({line}행 {column}열). 잘렸거나 gdviewer 실험 파일이 아닐 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="30"/>
        <source>the file is not a gdviewer experiment</source>
        <translation>gdviewer 실험 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="31"/>
        <source>the schema version {value} is invalid</source>
        <translation>잘못된 스키마 버전입니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="32"/>
        <source>the file was written by a newer gdviewer (schema version {version}); this version reads version {supported}: update gdviewer to open it</source>
        <translation>더 새로운 gdviewer가 쓴 파일입니다 (스키마 버전 {version}). 이 버전은 {supported} 버전까지 읽으므로, gdviewer를 업데이트한 뒤 여세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="37"/>
        <source>lesson {value} is unknown; known lessons: {known}</source>
        <translation>알 수 없는 레슨입니다: {value}. 있는 레슨: {known}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="38"/>
        <source>the file contains {value}, which is not a finite number</source>
        <translation>파일에 유한한 수가 아닌 값이 들어 있습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="39"/>
        <source>&quot;{field}&quot; must be a number, not {value}</source>
        <translation>&quot;{field}&quot; 항목은 수여야 합니다. 쓸 수 없는 값: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="40"/>
        <source>&quot;{field}&quot; is {value}; it must be between {low} and {high}</source>
        <translation>&quot;{field}&quot; 값 {value}: {low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="41"/>
        <source>&quot;{field}&quot; must be a whole number, not {value}</source>
        <translation>&quot;{field}&quot; 항목은 정수여야 합니다. 쓸 수 없는 값: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="42"/>
        <source>&quot;{field}&quot; must be a list of {shortest} to {longest} numbers, not {value}</source>
        <translation>&quot;{field}&quot; 항목은 수 {shortest}~{longest}개의 목록이어야 합니다. 쓸 수 없는 값: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="45"/>
        <source>&quot;function&quot; must be a formula of 1 to {max} characters</source>
        <translation>&quot;function&quot;은 1~{max}자의 식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="46"/>
        <source>&quot;data&quot; must hold two lists, &quot;x&quot; and &quot;y&quot;</source>
        <translation>&quot;data&quot;에는 &quot;x&quot;와 &quot;y&quot; 두 목록이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="47"/>
        <source>&quot;data&quot; has {x_count} x values but {y_count} y values</source>
        <translation>&quot;data&quot;에 x 값은 {x_count}개인데 y 값은 {y_count}개입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="48"/>
        <source>&quot;data&quot; must hold 1 to {max} points, not {count}</source>
        <translation>&quot;data&quot;의 점은 1~{max}개여야 합니다. 지금은 {count}개입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="49"/>
        <source>&quot;data&quot; {column} value {index} is {value}, not a finite number</source>
        <translation>&quot;data&quot;의 {column} 값 {index}번은 유한한 수가 아닙니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="50"/>
        <source>&quot;compared&quot; must be a list of at most {max} runs, each an object</source>
        <translation>&quot;compared&quot;는 최대 {max}개의 실행 목록이어야 하고, 각 실행은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="53"/>
        <source>lesson {lesson} starts from {expected} number(s), but the file gives {value}</source>
        <translation>{lesson} 레슨은 수 {expected}개에서 시작하는데, 파일에 있는 값: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="56"/>
        <source>&quot;{field}&quot; must be a JSON object, not {value}</source>
        <translation>&quot;{field}&quot; 항목은 JSON 객체여야 합니다. {value} 값은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="57"/>
        <source>&quot;{field}&quot; is {value}, which is unknown; use one of: {known}</source>
        <translation>&quot;{field}&quot;: 알 수 없는 값 {value}. 다음 중 하나를 쓰세요: {known}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="58"/>
        <source>&quot;{field}&quot; must be true or false, not {value}</source>
        <translation>&quot;{field}&quot; 항목은 true 또는 false여야 합니다. {value} 값은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="59"/>
        <source>&quot;{field}&quot; must be a text of 1 to {max} characters</source>
        <translation>&quot;{field}&quot; 항목은 1자에서 {max}자 사이의 텍스트여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="60"/>
        <source>&quot;racers&quot; must be a list of 1 to {max} racers, not {value}</source>
        <translation>&quot;racers&quot; 항목은 주자 1명에서 {max}명까지의 목록이어야 합니다. 지금 값: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="61"/>
        <source>&quot;{field}&quot; is {value}, the slot of an earlier racer; give each racer its own slot from 0 to {high}</source>
        <translation>&quot;{field}&quot;: 슬롯 {value}번은 앞선 주자가 이미 씁니다. 주자마다 0에서 {high} 사이의 다른 슬롯을 주세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="65"/>
        <source>the race runs on the regression loss, but &quot;data&quot; is missing; add the points as &quot;data&quot; or race on a built-in surface</source>
        <translation>회귀 손실 위의 경주인데 &quot;data&quot; 항목이 없습니다. 점들을 &quot;data&quot;에 넣거나 기본 제공 곡면에서 경주하세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="69"/>
        <source>lesson {lesson} is not a race, so it cannot take &quot;race&quot;; remove &quot;race&quot; or choose a race lesson</source>
        <translation>{lesson} 레슨은 경주가 아니어서 &quot;race&quot; 항목을 쓸 수 없습니다. &quot;race&quot;를 지우거나 경주 레슨을 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="72"/>
        <source>the race&apos;s surface {formula} is not a formula in x and y: {reason}; correct &quot;surface formula&quot; in the file</source>
        <translation>경주 곡면 {formula}: x와 y의 식으로 읽을 수 없습니다({reason}). 파일의 &quot;surface formula&quot;를 고치세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="76"/>
        <source>&quot;optimizer&quot; is invalid: {reason}</source>
        <translation>&quot;optimizer&quot; 항목이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="77"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="132"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="133"/>
        <source>Open a saved experiment (*.gdv)</source>
        <translation>저장한 실험(*.gdv)을 엽니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="134"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="135"/>
        <source>Save the experiment: function or data, parameters, racers and step</source>
        <translation>실험을 저장합니다: 함수나 데이터, 매개변수, 주자, 현재 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="136"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="137"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="155"/>
        <source>Open Experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="156"/>
        <source>gdviewer experiments (*.gdv);;All files (*)</source>
        <translation>gdviewer 실험 (*.gdv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="193"/>
        <source>Save Experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="194"/>
        <source>gdviewer experiments (*.gdv)</source>
        <translation>gdviewer 실험 (*.gdv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="210"/>
        <source>Save failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="211"/>
        <source>Could not save {name}: {reason}. The file on disk was not changed.</source>
        <translation>{name} 파일을 저장하지 못했습니다: {reason}. 디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="218"/>
        <source>Saved {name}</source>
        <translation>저장했습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="229"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="230"/>
        <source>The experiment has changes that are not saved. Save them first?</source>
        <translation>실험에 저장하지 않은 변경이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="253"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="255"/>
        <source>{name}[*] — gdviewer</source>
        <translation>{name}[*] — gdviewer</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="277"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="290"/>
        <source>Cannot Open Experiment</source>
        <translation>실험을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="291"/>
        <source>{name} was not opened: {reason}. The current experiment is unchanged.</source>
        <translation>{name} 파일을 열지 않았습니다: {reason}. 지금 실험은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="38"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="40"/>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="41"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="42"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="43"/>
        <source>finite</source>
        <translation>유한</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="44"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="52"/>
        <source>racer</source>
        <translation>주자</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="61"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="189"/>
        <source>Export Figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="71"/>
        <source>Width of a PNG image; an SVG drawing scales freely.</source>
        <translation>PNG 이미지의 너비입니다. SVG 그림은 크기를 자유롭게 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="76"/>
        <source>Plot</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="77"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="104"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="87"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="222"/>
        <source>Export Animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="99"/>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="105"/>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="150"/>
        <source>Export &amp;Figure…</source>
        <translation>그림 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="151"/>
        <source>Save a plot or the whole plot area as PNG or SVG</source>
        <translation>그래프 하나나 그래프 영역 전체를 PNG 또는 SVG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="153"/>
        <source>Save the run from step 0 to the current step as an animated GIF or an MP4 video</source>
        <translation>0단계부터 현재 단계까지의 실행을 움직이는 GIF나 MP4 동영상으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="167"/>
        <source>Not available in a race: the script repeats a run of gradient descent on one function or on the data</source>
        <translation>경주에서는 쓸 수 없습니다: 스크립트는 한 함수나 데이터에서 경사 하강법 실행 하나를 되풀이합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="169"/>
        <source>Copy a plain numpy script that repeats this run to the clipboard</source>
        <translation>이 실행을 그대로 되풀이하는 numpy 스크립트를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="156"/>
        <source>Export &amp;Trajectory…</source>
        <translation>궤적 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="109"/>
        <source>Frames</source>
        <translation>프레임</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="117"/>
        <source>{frames}: one per step from 0 to {last}</source>
        <translation>{frames}개: 0단계부터 {last}단계까지 단계마다 하나씩</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="120"/>
        <source>{frames} of the {steps} steps from 0 to {last}: a run of more than {max} steps is shown at {max} evenly spaced steps, the first and the last included</source>
        <translation>0단계부터 {last}단계까지 {steps}단계 중 {frames}개: {max}단계보다 긴 실행은 첫 단계와 마지막 단계를 포함해 고른 간격의 {max}단계로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="152"/>
        <source>Export Ani&amp;mation…</source>
        <translation>애니메이션 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="154"/>
        <source>Copy Run as &amp;Python Script</source>
        <translation>실행을 Python 스크립트로 복사(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="157"/>
        <source>Save every step (parameters, gradient, loss, state) as CSV</source>
        <translation>모든 단계(매개변수, 기울기, 손실, 상태)를 CSV로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="184"/>
        <source>Whole plot area</source>
        <translation>그래프 영역 전체</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="190"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="206"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="248"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="292"/>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="218"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="220"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="238"/>
        <source>Rendering frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="238"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="263"/>
        <source>Export cancelled; {path} was not changed.</source>
        <translation>내보내기를 취소했습니다. {path} 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="274"/>
        <source>Export Trajectory</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="275"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="313"/>
        <source>The script repeats gradient descent at a constant learning rate; choose them in the Optimizer panel to copy this run as a script.</source>
        <translation>스크립트는 고정 Learning Rate의 경사 하강법만 재현합니다. 이 실행을 스크립트로 복사하려면 옵티마이저 패널에서 경사 하강법과 고정 스케줄을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="323"/>
        <source>The script uses every point in each update; choose batch updates to copy this run as a script.</source>
        <translation>스크립트는 업데이트마다 모든 점을 씁니다. 이 실행을 스크립트로 복사하려면 배치 업데이트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="336"/>
        <source>Copied a Python script of this run; paste it into a file and run it.</source>
        <translation>이 실행의 Python 스크립트를 복사했습니다. 파일에 붙여 넣고 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="343"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="344"/>
        <source>Could not write {path}: {reason}. Choose another folder or name.</source>
        <translation>{path} 파일을 쓰지 못했습니다: {reason}. 다른 폴더나 이름을 고르세요.</translation>
    </message>
</context>
<context>
    <name>FormulaMessages</name>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="39"/>
        <source>Type a function of x and y, such as x^2 + 10y^2.</source>
        <translation>x^2 + 10y^2처럼 x와 y의 함수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="43"/>
        <source>“{token}” at position {column} is larger than 10^308, the range of a 64-bit float. Use a smaller power.</source>
        <translation>{column}번째 글자의 “{token}”: 64비트 실수의 범위인 10^308보다 큽니다. 더 작은 거듭제곱을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="51"/>
        <source>Unknown name “{token}” at position {column}. Did you mean {suggestion}?</source>
        <translation>{column}번째 글자: 알 수 없는 이름 “{token}”. 다음을 뜻했나요? {suggestion}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="53"/>
        <source>Unknown name “y” at position {column}: f(x) has the single variable x. To race on a function of x and y, open a race lesson and type it under Surface.</source>
        <translation>{column}번째 글자에 알 수 없는 이름 “y”가 있습니다. f(x)의 변수는 x 하나뿐입니다. x와 y의 함수에서 경주하려면 경주 레슨을 열고 ‘곡면’ 아래에 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="59"/>
        <source>Unknown name “{token}” at position {column}. Use the variables x and y, the constants pi and e, and the functions {functions}.</source>
        <translation>{column}번째 글자: 알 수 없는 이름 “{token}”. 쓸 수 있는 이름은 변수 x와 y, 상수 pi와 e, 함수 {functions}입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="64"/>
        <source>Unknown name “{token}” at position {column}. Use the variable x, the constants pi and e, and the functions {functions}.</source>
        <translation>{column}번째 글자: 알 수 없는 이름 “{token}”. 쓸 수 있는 이름은 변수 x, 상수 pi와 e, 함수 {functions}입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="72"/>
        <source>“=” at position {column} is not part of a formula. Type only the right-hand side, such as 2x^2.</source>
        <translation>{column}번째 글자의 “=”는 수식에 쓸 수 없습니다. 2x^2처럼 오른쪽 식만 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="74"/>
        <source>“{token}” at position {column} is not allowed. Use round parentheses ( ) for grouping.</source>
        <translation>{column}번째 글자의 “{token}”: 쓸 수 없습니다. 묶을 때는 둥근 괄호 ( )를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="75"/>
        <source>“{token}” at position {column} is not allowed in a formula. Use numbers, x, + − * / ^, parentheses and functions such as sin(x).</source>
        <translation>{column}번째 글자의 “{token}”: 수식에 쓸 수 없습니다. 숫자, x, + − * / ^, 괄호, sin(x) 같은 함수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="82"/>
        <source>Type a function of x, such as 2x^2.</source>
        <translation>2x^2처럼 x의 함수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="83"/>
        <source>The formula has {length} characters, more than the limit of {limit}. Shorten it.</source>
        <translation>수식이 {length}글자로, 한도 {limit}글자보다 깁니다. 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="86"/>
        <source>Quoted text {token} at position {column} is not part of a formula. Remove the quotes.</source>
        <translation>{column}번째 글자의 따옴표 문자열 {token} 부분은 수식이 아닙니다. 따옴표를 지우세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="89"/>
        <source>“{token}” at position {column}: attribute access with “.” is not allowed. Write decimals with a digit after the point, such as 0.5.</source>
        <translation>{column}번째 글자의 “{token}”: “.”로 속성에 접근할 수 없습니다. 소수는 0.5처럼 점 뒤에 숫자를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="93"/>
        <source>“{token}” at position {column} needs its argument in parentheses, as in {token}(x).</source>
        <translation>{column}번째 글자의 “{token}”: {token}(x)처럼 인수를 괄호 안에 써야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="96"/>
        <source>The comma at position {column} is not allowed: every function takes one argument. For other bases use log2(x) or log10(x).</source>
        <translation>{column}번째 글자의 쉼표는 쓸 수 없습니다. 모든 함수는 인수를 하나만 받습니다. 다른 밑의 로그는 log2(x)나 log10(x)를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="100"/>
        <source>Something is missing after “{token}” at position {column}. Add a number, x or a parenthesis.</source>
        <translation>{column}번째 글자의 “{token}” 뒤에 무언가 빠졌습니다. 숫자, x, 또는 괄호를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="103"/>
        <source>The number {token} at position {column} follows another term without an operator. Write {suggestion} for a product.</source>
        <translation>{column}번째 글자의 수 {token}: 연산자 없이 다른 항 뒤에 옵니다. 곱하려면 {suggestion}처럼 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="107"/>
        <source>“{token}” at position {column} cannot stand here. Look for two operators in a row or a missing term.</source>
        <translation>{column}번째 글자의 “{token}”: 여기에 올 수 없습니다. 연산자가 두 번 이어졌거나 항이 빠졌는지 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="110"/>
        <source>The parenthesis opened at position {column} is never closed. Add “)”.</source>
        <translation>{column}번째 글자에서 연 괄호가 닫히지 않았습니다. “)”를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="113"/>
        <source>The “)” at position {column} has no matching “(”. Remove it or add “(” before it.</source>
        <translation>{column}번째 글자의 “)”에 짝이 되는 “(”가 없습니다. 지우거나 앞에 “(”를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="116"/>
        <source>The parentheses at position {column} are empty. Put an expression inside, as in sin(x).</source>
        <translation>{column}번째 글자의 괄호가 비어 있습니다. sin(x)처럼 안에 식을 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="119"/>
        <source>The formula is nested more than {limit} levels deep at position {column}. Simplify it.</source>
        <translation>수식이 {column}번째 글자에서 {limit}단계보다 깊게 중첩되었습니다. 간단히 하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="122"/>
        <source>“{token}” at position {column} is too large for a 64-bit float (about 1.8e308). Use smaller numbers.</source>
        <translation>{column}번째 글자의 “{token}”: 64비트 실수(약 1.8e308)로 나타내기에 너무 큽니다. 더 작은 수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="125"/>
        <source>The exponent “{token}” at position {column} is too large. Use exponents from −{limit} to {limit}.</source>
        <translation>{column}번째 글자의 지수 “{token}”: 너무 큽니다. −{limit}부터 {limit}까지의 지수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="128"/>
        <source>“{token}” at position {column} multiplies nested exponents to more than {limit}, as (x^2)^51 = x^102 does. Use smaller exponents.</source>
        <translation>{column}번째 글자의 “{token}”: (x^2)^51 = x^102처럼 겹친 지수를 곱하면 {limit}보다 커집니다. 더 작은 지수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="133"/>
        <source>“{token}” at position {column} is undefined, as a division by zero or log(0) is. Change it.</source>
        <translation>{column}번째 글자의 “{token}”: 0으로 나누기나 log(0)처럼 정의되지 않습니다. 고치세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="136"/>
        <source>“{token}” at position {column} is not a real number, and gdviewer works with real numbers only.</source>
        <translation>{column}번째 글자의 “{token}”: 실수가 아닙니다. gdviewer는 실수만 다룹니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="139"/>
        <source>The formula is too large to differentiate quickly. Simplify it or use fewer factors.</source>
        <translation>수식이 너무 커서 빨리 미분할 수 없습니다. 간단히 하거나 인수를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="150"/>
        <source>f′(x) is not defined at x = {x}: {requirement}.</source>
        <translation>x = {x}에서 f′(x)가 정의되지 않습니다: {requirement}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="151"/>
        <source>f(x) is not defined at x = {x}: {requirement}.</source>
        <translation>x = {x}에서 f(x)가 정의되지 않습니다: {requirement}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="158"/>
        <source>{function} needs a positive argument, and it is {argument} there</source>
        <translation>{function}의 인수는 양수여야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="160"/>
        <source>the formula divides by zero there</source>
        <translation>그곳에서 수식이 0으로 나눕니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="162"/>
        <source>{function} needs an argument from −1 to 1, and it is {argument} there</source>
        <translation>{function}의 인수는 −1부터 1 사이여야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="164"/>
        <source>a fractional power needs a base of at least 0, and it is {argument} there</source>
        <translation>분수 거듭제곱의 밑은 0 이상이어야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/formula_messages.py" line="166"/>
        <source>{function} needs an argument of at least 0, and it is {argument} there</source>
        <translation>{function}의 인수는 0 이상이어야 하는데 그곳에서는 {argument}입니다</translation>
    </message>
</context>
<context>
    <name>FunctionEditor</name>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="134"/>
        <source>Function f(x)</source>
        <translation>함수 f(x)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="135"/>
        <source>for example 2x^2 or sin(x) + 0.1x^2</source>
        <translation>예: 2x^2 또는 sin(x) + 0.1x^2</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="137"/>
        <source>Type a function of x and press Return. Write powers as x^2 or x**2; 2x means 2·x. Functions: {functions}; constants: pi, e. Escape brings back the function in use.</source>
        <translation>x의 함수를 입력하고 Return을 누르세요. 거듭제곱은 x^2나 x**2로 쓰고, 2x는 2·x를 뜻합니다. 함수: {functions}. 상수: pi, e. Escape를 누르면 지금 쓰는 함수로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="142"/>
        <source>Presets</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="143"/>
        <source>Classic cases, each with a start point and learning rate that show it</source>
        <translation>대표적인 경우들로, 각각 그 특징이 드러나는 시작점과 학습률이 함께 정해져 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="176"/>
        <source>{optimizer} updates x with its own rule: the step panel shows it with the numbers.</source>
        <translation>{optimizer} 옵티마이저는 자기 규칙으로 x를 업데이트합니다. 단계 패널에서 그 규칙을 숫자와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="193"/>
        <source>at α = {rate}: x := {rule}</source>
        <translation>α = {rate}일 때: x := {rule}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="201"/>
        <source>abs has a kink where its argument is 0. f′ is not defined there, so gdviewer uses the subgradient 0 (sign(0) = 0).</source>
        <translation>abs는 인수가 0인 곳에서 꺾입니다. 그곳에서는 f′가 정의되지 않으므로 gdviewer는 하방 기울기(subgradient) 0을 씁니다 (sign(0) = 0).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="205"/>
        <source>f is not defined everywhere: a run that leaves its domain stops with a message.</source>
        <translation>f는 모든 곳에서 정의되지는 않습니다. 정의역을 벗어난 실행은 메시지와 함께 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <location filename="../../gdviewer/ui/hyperparameter_inputs.py" line="141"/>
        <source>(default: on)</source>
        <translation>(기본값: 켜짐)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/hyperparameter_inputs.py" line="144"/>
        <source>(default {default}, from {low} to {high})</source>
        <translation>(기본값 {default}, {low}부터 {high}까지)</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="14"/>
        <source>Divergence without a learning rate</source>
        <translation>학습률 없이 발산하기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="15"/>
        <source>Convergence with learning rate 0.1</source>
        <translation>학습률 0.1로 수렴하기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="16"/>
        <source>One step of linear regression</source>
        <translation>선형 회귀 한 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="17"/>
        <source>Linear regression by gradient descent</source>
        <translation>경사 하강법으로 선형 회귀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="18"/>
        <source>Race on the ill-conditioned bowl x² + 10y²</source>
        <translation>조건수가 나쁜 그릇 x² + 10y²에서 경주</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="19"/>
        <source>Race through Rosenbrock&apos;s valley</source>
        <translation>Rosenbrock 골짜기를 따라 경주</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="20"/>
        <source>Race across Beale&apos;s plateaus</source>
        <translation>Beale 함수의 평원을 가로지르는 경주</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="21"/>
        <source>Race to one of Himmelblau&apos;s four minima</source>
        <translation>Himmelblau 함수의 네 최솟값 중 하나로 경주</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="22"/>
        <source>Race away from the saddle x² − y²</source>
        <translation>안장점 x² − y²에서 벗어나는 경주</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="23"/>
        <source>Batch, mini-batch and stochastic gradient descent</source>
        <translation>배치, 미니배치, 확률적 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="24"/>
        <source>Adam with and without bias correction</source>
        <translation>편향 보정이 있는 Adam과 없는 Adam</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="29"/>
        <source>Gradient descent moves x against the slope: x := x − α·f′(x). Here the learning rate α is 1, so the whole derivative 4x is subtracted and each update is x := −3x. Watch x jump to the other side of the minimum and land farther away every time: each step is longer than the distance to the bottom. Add steps to see the loss overflow, or lower the learning rate.</source>
        <translation>경사 하강법은 기울기의 반대 방향으로 x를 옮깁니다: x := x − α·f′(x). 여기서는 학습률(Learning Rate) α가 1이라 도함수 4x를 통째로 빼므로, 업데이트마다 x := −3x가 됩니다. x가 최솟값 건너편으로 넘어가면서 매번 더 멀리 떨어지는 모습을 보세요. 한 걸음이 바닥까지의 거리보다 길기 때문입니다. 단계 수를 늘려 손실이 넘치는 것을 보거나, 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="37"/>
        <source>A learning rate α = 0.1 shortens each step: x := x − 0.1·4x = 0.6x. Every update keeps 60 % of the distance to the minimum at x = 0, so x shrinks steadily: 1, 0.6, 0.36, 0.216, 0.1296. Watch the loss fall on the lower plot, then drag the learning-rate slider: above 0.25 the point starts to jump across the minimum, and above 0.5 it runs away.</source>
        <translation>학습률(Learning Rate) α = 0.1이 한 걸음을 줄입니다: x := x − 0.1·4x = 0.6x. 업데이트마다 최솟값 x = 0까지 거리의 60 %가 남으므로 x가 꾸준히 줄어듭니다: 1, 0.6, 0.36, 0.216, 0.1296. 아래 그래프에서 손실(Loss)이 줄어드는 것을 보고, 학습률 슬라이더를 끌어 보세요. 0.25를 넘으면 점이 최솟값을 건너뛰기 시작하고, 0.5를 넘으면 멀리 달아납니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="45"/>
        <source>The same update now moves two numbers, the weight w and the bias b of the line ŷ = w·x + b, to shrink the loss J = ½(y − ŷ)² on one point (2, 4). Step once and follow the panel: the prediction 2 misses by 2, so J = 2; the gradients are ∂J/∂w = −4 and ∂J/∂b = −2; with α = 0.1 the update gives w = 1.4 and b = 0.2, and the new prediction 3 is closer to 4.</source>
        <translation>같은 업데이트가 이제 두 수, 직선 ŷ = w·x + b의 가중치 w와 편향 b를 움직여 점 하나 (2, 4)에서의 손실(Loss) J = ½(y − ŷ)²을 줄입니다. 한 단계 진행하고 패널을 따라가 보세요. 예측값 2가 2만큼 빗나가므로 J = 2이고, 기울기(Gradient)는 ∂J/∂w = −4, ∂J/∂b = −2입니다. α = 0.1로 업데이트하면 w = 1.4, b = 0.2가 되고, 새 예측값 3은 4에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="53"/>
        <source>Batch gradient descent fits a line to five points: each epoch averages the gradient of the mean squared error over all of them and updates w and b once. Watch the line turn on the data plot and the path of (w, b) on the loss surface: it drops quickly into a long narrow valley, then creeps along its floor, so after 100 epochs at α = 0.01 it stops near w = 0.97, b = 0.85, far from the best line w = 0.6, b = 2.2. A larger learning rate helps only up to about 0.0845; beyond that the steep direction of the valley diverges.</source>
        <translation>배치 경사 하강법으로 다섯 점에 직선을 맞춥니다. Epoch마다 모든 점에서 평균 제곱 오차의 기울기(Gradient)를 평균 내어 w와 b를 한 번 업데이트합니다. 데이터 그래프에서 직선이 돌아가는 모습과 손실 곡면 위 (w, b)의 경로를 보세요. 경로는 길고 좁은 골짜기로 빠르게 내려간 뒤 바닥을 따라 천천히 기어가므로, α = 0.01로 100 Epoch를 돌아도 가장 좋은 직선 w = 0.6, b = 2.2에서 먼 w = 0.97, b = 0.85 근처에서 멈춥니다. 학습률(Learning Rate)을 키우는 것은 약 0.0845까지만 도움이 되고, 그보다 크면 골짜기의 가파른 방향으로 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="63"/>
        <source>Six optimizers start from the same point on f(x, y) = x² + 10y², a bowl ten times steeper along y than along x. Gradient descent must keep α below 0.1 for the steep direction, so it zigzags across the valley and creeps along it. Momentum and Nesterov build up speed along the floor; AdaGrad, RMSProp and Adam scale each coordinate on its own. Turn on the gradient arrows (Ctrl+G) to see that −∇f points across the valley, not to the minimum.</source>
        <translation>옵티마이저 여섯 개가 f(x, y) = x² + 10y²의 같은 점에서 출발합니다. 이 그릇은 y 방향이 x 방향보다 열 배 가파릅니다. 경사 하강법은 가파른 방향 때문에 α를 0.1보다 작게 해야 하므로 골짜기를 가로질러 지그재그로 움직이고 골짜기를 따라서는 느리게 기어갑니다. Momentum과 Nesterov는 바닥을 따라 속도를 붙이고, AdaGrad, RMSProp, Adam은 좌표마다 따로 크기를 맞춥니다. 기울기 화살표(Ctrl+G)를 켜면 −∇f가 최솟값이 아니라 골짜기를 가로지르는 쪽을 가리키는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="71"/>
        <source>Rosenbrock&apos;s function has its minimum at (1, 1) at the end of a long, curved, nearly flat valley. Every racer finds the valley within a few steps, then the race is about following its floor. Switch the loss plot to a log scale to compare how fast each one closes in, and click the map to start somewhere else.</source>
        <translation>Rosenbrock 함수의 최솟값 (1, 1)은 길고 휘어진, 거의 평평한 골짜기의 끝에 있습니다. 모든 주자가 몇 단계 만에 골짜기를 찾고, 그다음은 골짜기 바닥을 얼마나 잘 따라가느냐의 경주입니다. 손실 그래프를 로그 축으로 바꿔 누가 얼마나 빨리 다가가는지 비교하고, 지도를 클릭해 다른 곳에서 출발해 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="78"/>
        <source>Beale&apos;s function is flat over wide plateaus and steep near its edges, with a narrow minimum at (3, 0.5). Small gradients on the plateau make fixed-rate methods slow, while the adaptive methods rescale them.</source>
        <translation>Beale 함수는 넓은 평원에서는 평평하고 가장자리에서는 가파르며, (3, 0.5)에 좁은 최솟값이 있습니다. 평원의 작은 기울기 때문에 학습률이 고정된 방법은 느리고, 적응형 방법은 기울기의 크기를 다시 맞춥니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="84"/>
        <source>Himmelblau&apos;s function has four minima of the same height. Which one a racer reaches depends on the start and on how it moves: momentum can carry a racer past one valley into another. Click the map to try other starts.</source>
        <translation>Himmelblau 함수에는 높이가 같은 최솟값이 네 개 있습니다. 주자가 어느 최솟값에 닿는지는 시작점과 움직이는 방식에 달려 있습니다. 모멘텀은 주자를 한 골짜기를 지나 다른 골짜기로 데려갈 수 있습니다. 지도를 클릭해 다른 시작점을 시험해 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="90"/>
        <source>On f(x, y) = x² − y² the origin is a saddle point: the gradient is zero there, yet it is a minimum along x and a maximum along y. Starting near y = 0, gradient descent slides towards the saddle and slows down before it escapes along y; the loss then falls without bound and goes below 0.</source>
        <translation>f(x, y) = x² − y²에서 원점은 안장점입니다. 그곳의 기울기는 0이지만 x 방향으로는 최솟값, y 방향으로는 최댓값입니다. y = 0 근처에서 출발한 경사 하강법은 안장점 쪽으로 미끄러지며 느려지다가 y 방향으로 빠져나갑니다. 그 뒤 손실은 한없이 줄어 0보다 작아집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="96"/>
        <source>Three runs of gradient descent on the loss J(w, b) of the five points of the regression lesson, with α = 0.02: one uses all points in every update, one a random mini-batch of two, one a single random point. The stochastic paths are noisy and keep jittering around the optimum (0.6, 2.2). Change a seed to draw other batches; Reset repeats the same ones.</source>
        <translation>회귀 레슨의 다섯 점에 대한 손실 J(w, b)에서 α = 0.02로 경사 하강법을 세 번 실행합니다. 하나는 업데이트마다 모든 점을, 하나는 무작위 미니배치 두 점을, 하나는 무작위 점 하나를 씁니다. 확률적인 경로는 흔들리며 최적점 (0.6, 2.2) 주변에서 계속 떨립니다. 시드를 바꾸면 다른 배치를 뽑고, 처음으로(Reset)는 같은 배치를 되풀이합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="103"/>
        <source>Adam&apos;s moment estimates m and v start at 0. Bias correction divides them by 1 − βᵗ so that the first steps have the intended length α. Without it, v is far too small at first and the first step is about 3.16 times as long. Compare the two paths and the corrected moments mˆ and vˆ in the step panel.</source>
        <translation>Adam의 모멘트 추정값 m과 v는 0에서 시작합니다. 편향 보정은 이를 1 − βᵗ로 나누어 첫 단계들이 의도한 길이 α가 되게 합니다. 보정이 없으면 처음에는 v가 지나치게 작아서 첫 단계가 약 3.16배 길어집니다. 두 경로와 단계 패널에 나오는 보정된 모멘트 mˆ, vˆ를 비교해 보세요.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="142"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="140"/>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="143"/>
        <source>Loss J(w, b)</source>
        <translation>손실 J(w, b)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="139"/>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="145"/>
        <source>Step k</source>
        <extracomment>Above this many steps the loss curve is drawn without symbols. From this step on, the step axis grows in jumps instead of with every step. How far past the current step the step axis reaches after a jump.</extracomment>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="146"/>
        <source>Loss f(x_k)</source>
        <translation>손실 f(x_k)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="147"/>
        <source>▼ loss ≤ 0 (below any log axis)</source>
        <translation>▼ 손실 ≤ 0 (로그 축 아래)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="346"/>
        <source>&amp;File</source>
        <extracomment>The page of the view stacks that shows each kind of lesson.</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="347"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="349"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="350"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="351"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="352"/>
        <source>&amp;Delete Point</source>
        <translation>점 지우기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="353"/>
        <source>Delete the point selected in the data plot</source>
        <translation>데이터 그래프에서 선택한 점을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="357"/>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="358"/>
        <source>&amp;Add Run to Comparison</source>
        <translation>실행을 비교에 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="359"/>
        <source>Compare the &amp;Lesson Pair (α = 1 and α = 0.1)</source>
        <translation>레슨 한 쌍 비교(&amp;L) (α = 1과 α = 0.1)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="360"/>
        <source>&amp;Clear Comparison</source>
        <translation>비교 모두 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="361"/>
        <source>Learning-Rate &amp;Sweep</source>
        <translation>학습률 스윕(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="362"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="363"/>
        <location filename="../../gdviewer/ui/main_window.py" line="496"/>
        <source>Learning-rate sweep</source>
        <translation>학습률 스윕</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="364"/>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="367"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="369"/>
        <source>&amp;Log Scale for the Loss</source>
        <translation>손실을 로그 축으로(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="370"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="371"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="372"/>
        <source>&amp;Animate Moves</source>
        <translation>이동 애니메이션(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="373"/>
        <source>Glide the current point to its next place instead of jumping</source>
        <translation>현재 점이 다음 위치로 건너뛰지 않고 미끄러지듯 움직입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="374"/>
        <source>&amp;Gradient Arrows in the Race</source>
        <translation>경주의 기울기 화살표(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="375"/>
        <source>Show −∇f at each racer&apos;s current point</source>
        <translation>각 주자의 현재 점에 −∇f를 표시합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="377"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="378"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="379"/>
        <source>&amp;About gdviewer</source>
        <translation>gdviewer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="388"/>
        <source>Contour map of the race</source>
        <translation>경주의 등고선 지도</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="390"/>
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="393"/>
        <source>Function plot</source>
        <translation>함수 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="389"/>
        <location filename="../../gdviewer/ui/main_window.py" line="394"/>
        <source>Loss plot</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="356"/>
        <source>&amp;Use the Fastest Learning Rate</source>
        <translation>가장 빠른 학습률 쓰기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="376"/>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="395"/>
        <source>Learning-rate sweep plot</source>
        <translation>학습률 스윕 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="402"/>
        <source>Something went wrong ({error}); the details are in the terminal. Your settings are kept.</source>
        <translation>예상하지 못한 오류가 났습니다({error}). 자세한 내용은 터미널에 있습니다. 설정은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="416"/>
        <source>No font with Korean letters was found, so Korean text shows as boxes. Install one, for example: sudo apt install fonts-nanum</source>
        <translation>한글 글꼴을 찾지 못해 한글이 네모로 보입니다. 한글 글꼴을 설치하세요. 예: sudo apt install fonts-nanum</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="485"/>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="486"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="487"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="488"/>
        <source>Reset to step 0</source>
        <translation>0단계로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="489"/>
        <source>Go to the last step</source>
        <translation>마지막 단계로 가기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="490"/>
        <source>Faster / slower</source>
        <translation>빠르게 / 느리게</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="491"/>
        <source>Log scale for the loss</source>
        <translation>손실 로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="492"/>
        <source>Gradient arrows in the race</source>
        <translation>경주의 기울기 화살표</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="493"/>
        <source>Fastest learning rate</source>
        <translation>가장 빠른 학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="494"/>
        <source>Add the run to the comparison</source>
        <translation>실행을 비교에 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="495"/>
        <source>Compare the lesson pair</source>
        <translation>레슨 한 쌍 비교</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="497"/>
        <source>Undo / redo a data edit or a comparison change</source>
        <translation>데이터 편집이나 비교 변경 실행 취소 / 다시 실행</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="498"/>
        <source>Delete the selected point</source>
        <translation>선택한 점 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="499"/>
        <source>Import / export data</source>
        <translation>데이터 가져오기 / 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="500"/>
        <source>Choose lesson 1, 2, …</source>
        <translation>레슨 1, 2, … 고르기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="503"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="509"/>
        <source>About gdviewer</source>
        <translation>gdviewer 정보</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="510"/>
        <source>gdviewer {version} shows gradient descent one update at a time: the point on the curve, the loss, and the arithmetic of each step.</source>
        <translation>gdviewer (버전 {version}) 프로그램은 경사 하강법을 업데이트 한 번씩 보여 줍니다. 곡선 위의 점, 손실, 그리고 단계마다의 계산을 함께 봅니다.</translation>
    </message>
</context>
<context>
    <name>NumberInputs</name>
    <message>
        <location filename="../../gdviewer/ui/number_inputs.py" line="34"/>
        <source>{name} {value} is invalid: enter a whole number from {low} to {high}.</source>
        <translation>{name} {value}: 잘못된 값입니다. {low}부터 {high}까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/number_inputs.py" line="38"/>
        <source>{name} {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>{name} {value}: 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>OptimizerBox</name>
    <message>
        <location filename="../../gdviewer/ui/optimizer_box.py" line="100"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/optimizer_box.py" line="101"/>
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/optimizer_box.py" line="105"/>
        <source>The schedule multiplies the learning rate α of the parameters above by a factor at each update. A plot beside the loss shows every α_k.</source>
        <translation>스케줄은 위 매개변수의 학습률 α에 업데이트마다 계수를 곱합니다. 손실 옆 그래프에 모든 α_k가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/optimizer_box.py" line="138"/>
        <source>The learning-rate analysis (the bands, the fastest rate, the stable limit) describes gradient descent at a constant rate, so it is hidden. The step panel shows this update with its numbers.</source>
        <translation>학습률 분석(구간 띠, 가장 빠른 학습률, 안정 한계)은 학습률이 일정한 경사 하강법을 설명하므로 숨겼습니다. 이 업데이트는 단계 패널에서 숫자와 함께 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="199"/>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="200"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="201"/>
        <source>Start x₀</source>
        <translation>시작점 x₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="208"/>
        <source>Start w₀</source>
        <translation>시작 w₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="209"/>
        <source>Start b₀</source>
        <translation>시작 b₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="202"/>
        <source>Learning rate α</source>
        <translation>학습률 α</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="211"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="211"/>
        <source>Epochs</source>
        <translation>Epoch 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="212"/>
        <source>Where gradient descent starts (x₀).</source>
        <translation>경사 하강법이 출발하는 곳(x₀)입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="213"/>
        <source>The slope w of the line before the first epoch.</source>
        <translation>첫 Epoch 전 직선의 기울기 w입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="214"/>
        <source>The intercept b of the line before the first epoch.</source>
        <translation>첫 Epoch 전 직선의 절편 b입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="216"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="218"/>
        <source>Double-click or Shift+click the data plot to add a point, drag a point to move it, select one and press Delete to remove it. Ctrl+Z undoes an edit; File &gt; Import Data… reads a CSV file.</source>
        <translation>데이터 그래프를 더블클릭하거나 Shift+클릭하면 점이 추가되고, 점을 끌면 옮겨지며, 점을 골라 Delete를 누르면 지워집니다. Ctrl+Z로 편집을 취소하고, 파일 &gt; 데이터 가져오기…로 CSV 파일을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="223"/>
        <source>Learning rate α: each update moves x by −α·f′(x). Type any value, such as 0.001 or 1e-5.</source>
        <translation>학습률(Learning Rate) α: 업데이트마다 x가 −α·f′(x)만큼 움직입니다. 0.001이나 1e-5처럼 어떤 값이든 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="227"/>
        <source>Base learning rate α of the chosen optimizer and schedule. Type any value, such as 0.001 or 1e-5.</source>
        <translation>고른 옵티마이저와 스케줄의 기본 학습률(Learning Rate) α입니다. 0.001이나 1e-5처럼 어떤 값이든 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="232"/>
        <source>Drag to change the learning rate on a logarithmic scale; the run is redrawn as you drag.</source>
        <translation>끌어서 학습률을 로그 눈금으로 바꿉니다. 끄는 동안 실행 결과가 바로 다시 그려집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="235"/>
        <source>How many epochs to compute: each one updates w and b once using all points.</source>
        <translation>계산할 Epoch 수입니다. Epoch마다 모든 점을 써서 w와 b를 한 번 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="236"/>
        <source>How many updates to compute.</source>
        <translation>계산할 업데이트 횟수입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="239"/>
        <source>Set α = 1/L, where L = f″ at the minimum: the rate that converges fastest there (Ctrl+Shift+F).</source>
        <translation>α = 1/L로 정합니다. L은 최솟값에서의 f″이고, 이 학습률이 그 근처에서 가장 빨리 수렴합니다 (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="258"/>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="259"/>
        <source>Start {name}₀</source>
        <translation>시작점 {name}₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="260"/>
        <source>Where every racer starts. Clicking the contour map sets it too.</source>
        <translation>모든 주자가 출발하는 점입니다. 등고선 지도를 클릭해도 정해집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="265"/>
        <source>How many updates each racer computes.</source>
        <translation>주자마다 계산할 업데이트 횟수입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="295"/>
        <source>Fastest rate: none</source>
        <translation>가장 빠른 학습률: 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="298"/>
        <source>Fastest rate: α = {rate}</source>
        <translation>가장 빠른 학습률: α = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="356"/>
        <source>1 point, columns {x} and {y}</source>
        <translation>점 1개, 열: {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="358"/>
        <source>{count} points, columns {x} and {y}</source>
        <translation>점 {count}개, 열: {x}, {y}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="364"/>
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="368"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="369"/>
        <source>Step count</source>
        <translation>단계 수</translation>
    </message>
</context>
<context>
    <name>ParameterPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="71"/>
        <source>Step k</source>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="73"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="74"/>
        <source>w and b</source>
        <translation>w와 b</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="21"/>
        <source>A bowl</source>
        <translation>그릇</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="22"/>
        <source>Two minima</source>
        <translation>두 개의 최솟값</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="23"/>
        <source>A plateau</source>
        <translation>평탄한 고원</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="24"/>
        <source>A steep wall</source>
        <translation>가파른 벽</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="25"/>
        <source>A saddle-like inflection</source>
        <translation>안장 같은 변곡점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="26"/>
        <source>A kink</source>
        <translation>꺾인 점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/function_editor.py" line="45"/>
        <source>Starts at x₀ = {start} with α = {rate} for {steps} steps</source>
        <extracomment>Update rules longer than this many characters are split over two lines.</extracomment>
        <translation>시작점 x₀ = {start}, 학습률 α = {rate}, {steps}단계</translation>
    </message>
</context>
<context>
    <name>RaceContourPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="185"/>
        <source>Click the map to start every racer from that point.</source>
        <extracomment>Pen width of the paths, in pixels; see where the paths are created. Paths with up to this many points get a dot at every step. The shading: dark at the minimum, lighter uphill, so the coloured paths stand out.</extracomment>
        <translation>지도를 클릭하면 모든 주자가 그 점에서 출발합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="338"/>
        <source>minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="340"/>
        <source>saddle point</source>
        <translation>안장점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="341"/>
        <source>start (click to move)</source>
        <translation>시작점 (클릭해서 옮기기)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="351"/>
        <source>f({x}, {y}) = {formula}</source>
        <translation>f({x}, {y}) = {formula}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="359"/>
        <source>contour levels log-spaced above the minimum</source>
        <translation>등고선 간격: 최솟값 위로 로그 간격</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_contour_plot.py" line="361"/>
        <source>contour levels evenly spaced</source>
        <translation>등고선 간격: 균등</translation>
    </message>
</context>
<context>
    <name>RaceLossPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/race_loss_plot.py" line="107"/>
        <source>Step k</source>
        <extracomment>On a log axis, the share of the losses&apos; span added below them when the range moves.</extracomment>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_loss_plot.py" line="108"/>
        <source>Loss f(x_k)</source>
        <translation>손실(Loss) f(x_k)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_loss_plot.py" line="109"/>
        <source>Loss of each racer</source>
        <translation>주자별 손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_loss_plot.py" line="150"/>
        <source>Linear axis: some losses are 0 or below, which a log axis cannot show.</source>
        <translation>선형 축: 일부 손실이 0 이하라서 로그 축에는 나타낼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/race_loss_plot.py" line="154"/>
        <source>Losses ≤ 0 are not drawn on a log axis.</source>
        <translation>0 이하의 손실은 로그 축에 그리지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RaceModel</name>
    <message>
        <location filename="../../gdviewer/model/race.py" line="298"/>
        <source>f(x, y) is not finite at the start ({x}, {y}) nor at the points tried near (1, 1). Type a function that is defined near the origin.</source>
        <translation>f(x, y)가 시작점 ({x}, {y})에서도, (1, 1) 근처에서 시도한 점들에서도 유한하지 않습니다. 원점 근처에서 정의되는 함수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="306"/>
        <source>f(x, y) is not finite at ({x}, {y}), so the race starts at ({new_x}, {new_y}).</source>
        <translation>f(x, y)가 ({x}, {y})에서 유한하지 않아서 경주를 ({new_x}, {new_y})에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="326"/>
        <source>Start value {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작값 {value}: 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="346"/>
        <source>Step count {value} is invalid for a race: enter a whole number from 0 to {max}.</source>
        <translation>경주의 단계 수 {value}: 잘못된 값입니다. 0부터 {max}까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="357"/>
        <location filename="../../gdviewer/model/race.py" line="386"/>
        <source>A race has at most {count} racers.</source>
        <translation>경주에는 주자가 최대 {count}명까지 참가할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="430"/>
        <source>{name} = {value} is invalid for this optimizer: choose a value in its range.</source>
        <translation>{name} = {value}: 이 옵티마이저에 맞지 않는 값입니다. 범위 안의 값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="443"/>
        <source>Batch size {size} and seed {seed} are invalid: use a batch size of at least 1 and a seed of at least 0.</source>
        <translation>잘못된 값입니다(배치 크기 {size}, 시드 {seed}). 배치 크기는 1 이상, 시드는 0 이상으로 하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="468"/>
        <source>{name} = {value} is invalid for this schedule: choose a value in its range.</source>
        <translation>{name} = {value}: 이 스케줄에 맞지 않는 값입니다. 범위 안의 값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="501"/>
        <source>The surface cannot be evaluated at ({x}, {y}): choose a start point closer to its minimum.</source>
        <translation>({x}, {y})에서 곡면 값을 계산할 수 없습니다. 최솟값에 더 가까운 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/race.py" line="531"/>
        <source>Learning rate {value} is invalid: enter a number from 0 to {max}.</source>
        <translation>학습률 {value}: 잘못된 값입니다. 0부터 {max}까지의 수를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>RaceNames</name>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="14"/>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="15"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="16"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="17"/>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="18"/>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="19"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="27"/>
        <source>x := x − α·∇f(x). Plain gradient descent.</source>
        <translation>x := x − α·∇f(x). 기본 경사 하강법입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="28"/>
        <source>Heavy ball: v := μ·v − α·∇f(x), x := x + v. The velocity keeps a fraction μ of the last step.</source>
        <translation>무거운 공(heavy ball): v := μ·v − α·∇f(x), x := x + v. 속도는 직전 단계의 μ만큼을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="31"/>
        <source>Like momentum, but the gradient is taken at the look-ahead point x + μ·v.</source>
        <translation>모멘텀과 같지만 기울기를 앞을 내다본 점 x + μ·v에서 구합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="34"/>
        <source>Divides α by the root of the sum of all squared gradients, per coordinate, so steps only shrink.</source>
        <translation>좌표마다 α를 지금까지의 기울기 제곱합의 제곱근으로 나눕니다. 그래서 보폭은 줄어들기만 합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="37"/>
        <source>Divides α by the root of a moving average of squared gradients, per coordinate.</source>
        <translation>좌표마다 α를 기울기 제곱의 이동 평균의 제곱근으로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="40"/>
        <source>Momentum on the gradient (m) scaled by a moving root mean square (v), both bias-corrected.</source>
        <translation>기울기의 모멘텀(m)을 이동 제곱평균제곱근(v)으로 나눕니다. 둘 다 편향을 보정합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="49"/>
        <source>Constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="50"/>
        <source>Step decay</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="51"/>
        <source>Exponential decay</source>
        <translation>지수 감소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="52"/>
        <source>Cosine decay</source>
        <translation>코사인 감소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="60"/>
        <source>The same learning rate α for every update.</source>
        <translation>모든 업데이트에 같은 학습률 α를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="61"/>
        <source>Multiply α by γ every s updates.</source>
        <translation>s번 업데이트할 때마다 α에 γ를 곱합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="62"/>
        <source>Multiply α by γ after every update.</source>
        <translation>업데이트할 때마다 α에 γ를 곱합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="63"/>
        <source>Lower α along half a cosine wave over K updates, then hold it at φ·α.</source>
        <translation>K번 업데이트하는 동안 α를 코사인 반주기를 따라 낮춘 뒤 φ·α로 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="73"/>
        <source>Momentum μ</source>
        <translation>모멘텀 μ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="74"/>
        <source>Decay ρ</source>
        <translation>감쇠율 ρ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="75"/>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="76"/>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="77"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="78"/>
        <source>Bias correction</source>
        <translation>편향 보정</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="79"/>
        <source>Every s steps</source>
        <translation>s 단계마다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="80"/>
        <source>Factor γ</source>
        <translation>배율 γ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="81"/>
        <source>Decay per step γ</source>
        <translation>단계별 감쇠 γ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="82"/>
        <source>Decay steps K</source>
        <translation>감소 단계 수 K</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="83"/>
        <source>Final fraction φ</source>
        <translation>최종 비율 φ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="84"/>
        <source>Warm-up steps W</source>
        <translation>워밍업 단계 수 W</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="92"/>
        <source>The fraction of the previous velocity kept at each step. 0 is plain gradient descent.</source>
        <translation>단계마다 유지하는 직전 속도의 비율입니다. 0이면 기본 경사 하강법입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="95"/>
        <source>The weight of the old average of squared gradients in the new one.</source>
        <translation>새 기울기 제곱 평균에서 이전 평균이 차지하는 비중입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="98"/>
        <source>The decay of the first moment m, the moving mean of the gradient.</source>
        <translation>1차 모멘트 m(기울기의 이동 평균)의 감쇠율입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="99"/>
        <source>The decay of the second moment v, the moving mean of the squared gradient.</source>
        <translation>2차 모멘트 v(기울기 제곱의 이동 평균)의 감쇠율입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="102"/>
        <source>Added to the root in the denominator, so that a zero history does not divide by zero.</source>
        <translation>분모의 제곱근에 더하는 값입니다. 기록이 0일 때 0으로 나누지 않게 합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="105"/>
        <source>Divide m and v by 1 − βᵗ. Both start at 0, so without the correction the first steps are about 3.16 times α long instead of α.</source>
        <translation>m과 v를 1 − βᵗ로 나눕니다. 둘 다 0에서 시작하므로 보정하지 않으면 첫 단계들의 길이가 α가 아니라 α의 약 3.16배가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="110"/>
        <source>The number of updates between two drops of the learning rate.</source>
        <translation>학습률을 낮추는 사이의 업데이트 횟수입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="111"/>
        <source>The learning rate is multiplied by γ at each drop.</source>
        <translation>낮출 때마다 학습률에 γ를 곱합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="112"/>
        <source>The learning rate is multiplied by γ after every update.</source>
        <translation>업데이트할 때마다 학습률에 γ를 곱합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="113"/>
        <source>The number of updates over which the learning rate falls along half a cosine wave.</source>
        <translation>학습률이 코사인 반 주기를 따라 내려가는 동안의 업데이트 횟수입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="116"/>
        <source>The fraction of α kept after the cosine decay.</source>
        <translation>코사인 감소가 끝난 뒤 남는 α의 비율입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="117"/>
        <source>The learning rate climbs linearly from α/(W + 1) to α over the first W updates.</source>
        <translation>처음 W번의 업데이트 동안 학습률이 α/(W + 1)에서 α까지 직선으로 올라갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="127"/>
        <source>Ill-conditioned bowl x² + 10y²</source>
        <translation>조건수가 나쁜 그릇 x² + 10y²</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="128"/>
        <source>Rosenbrock&apos;s valley</source>
        <translation>Rosenbrock 골짜기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="129"/>
        <source>Beale&apos;s function</source>
        <translation>Beale 함수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="130"/>
        <source>Himmelblau&apos;s function (four minima)</source>
        <translation>Himmelblau 함수 (최솟값 네 개)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="131"/>
        <source>Saddle x² − y²</source>
        <translation>안장 x² − y²</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="132"/>
        <source>Regression loss J(w, b) of the data</source>
        <translation>데이터의 회귀 손실 J(w, b)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="133"/>
        <source>Typed formula</source>
        <translation>입력한 수식</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="141"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="143"/>
        <source>stochastic</source>
        <translation>확률적</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="144"/>
        <source>mini-batch of {size}</source>
        <translation>미니배치 {size}개</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="149"/>
        <source>{optimizer}, α = {rate}</source>
        <translation>{optimizer}, α = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_names.py" line="153"/>
        <source>no bias correction</source>
        <translation>편향 보정 없음</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="108"/>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="109"/>
        <source>The function of two variables to race on. Choosing one moves the start to its suggested point. To race on your own function, type it in the field below.</source>
        <translation>경주할 두 변수 함수입니다. 하나를 고르면 시작점이 그 함수의 추천 위치로 옮겨집니다. 직접 만든 함수에서 경주하려면 아래 칸에 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="116"/>
        <source>Racers (up to {count})</source>
        <translation>주자 (최대 {count}명)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="117"/>
        <source>&amp;Add Racer</source>
        <translation>주자 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="118"/>
        <source>Add an optimizer that is not racing yet, at the learning rate suggested for this surface</source>
        <translation>아직 경주하지 않는 옵티마이저를 이 곡면에 추천된 학습률로 추가합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="121"/>
        <source>Learning-rate schedule (all racers)</source>
        <translation>학습률 스케줄 (모든 주자)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_panel.py" line="122"/>
        <source>One schedule for every racer: each racer&apos;s α is multiplied by the schedule&apos;s factor at each update, so the racers keep their own rates. The plot beside the loss shows every α_k.</source>
        <translation>모든 주자가 한 스케줄을 씁니다. 업데이트마다 각 주자의 α에 스케줄의 배율을 곱하므로 주자마다 자기 학습률을 유지합니다. 손실 옆 그래프에 모든 α_k가 나옵니다.</translation>
    </message>
</context>
<context>
    <name>RaceText</name>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="19"/>
        <source>racer {number} ({optimizer})</source>
        <extracomment>Significant digits of the losses in the status line.</extracomment>
        <translation>{number}번 주자({optimizer})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="27"/>
        <source>the point x</source>
        <translation>점 x</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="28"/>
        <source>the loss f(x)</source>
        <translation>손실 f(x)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="29"/>
        <source>the gradient ∇f(x)</source>
        <translation>기울기 ∇f(x)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="30"/>
        <source>the gradient of the update</source>
        <translation>업데이트에 쓴 기울기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="31"/>
        <source>the look-ahead point</source>
        <translation>앞을 내다본 점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="32"/>
        <source>the velocity v</source>
        <translation>속도 v</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="33"/>
        <source>the sum of squared gradients G</source>
        <translation>기울기 제곱합 G</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="34"/>
        <source>the mean square s</source>
        <translation>제곱 평균 s</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="35"/>
        <source>the first moment m</source>
        <translation>1차 모멘트 m</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="36"/>
        <source>the second moment v</source>
        <translation>2차 모멘트 v</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="37"/>
        <source>the corrected first moment mˆ</source>
        <translation>보정된 1차 모멘트 mˆ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="38"/>
        <source>the corrected second moment vˆ</source>
        <translation>보정된 2차 모멘트 vˆ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="39"/>
        <source>the effective learning rate</source>
        <translation>실제 학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="40"/>
        <source>the step Δx</source>
        <translation>보폭 Δx</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="55"/>
        <source>the optimizer&apos;s state</source>
        <translation>옵티마이저의 내부 상태</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="58"/>
        <source>{quantity} overflowed to {value}</source>
        <translation>{quantity} 값이 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="67"/>
        <source>{racer} left the domain at step {step}: {reason}. It stops at step {last}; lower its learning rate or start elsewhere.</source>
        <translation>{racer} 주자가 {step}단계에서 정의역을 벗어났습니다: {reason}. {last}단계에서 멈춥니다. 학습률을 낮추거나 다른 곳에서 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="75"/>
        <source>{racer} diverged at step {step}: {reason}. It stops at step {last}; lower its learning rate.</source>
        <translation>{racer} 주자가 {step}단계에서 발산: {reason}. {last}단계에서 멈춥니다. 이 주자의 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="97"/>
        <source>Finished at step {step}: lowest loss {loss} by {racer}</source>
        <translation>{step}단계에서 끝남: 가장 낮은 손실 {loss}, {racer}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="99"/>
        <source>Step {step}: lowest loss {loss} by {racer}</source>
        <translation>{step}단계: 가장 낮은 손실 {loss}, {racer}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_text.py" line="104"/>
        <source>computing steps…</source>
        <translation>단계 계산 중…</translation>
    </message>
</context>
<context>
    <name>RaceViews</name>
    <message>
        <location filename="../../gdviewer/ui/race_views.py" line="84"/>
        <source>Gradient arrows</source>
        <translation>기울기 화살표</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_views.py" line="85"/>
        <source>Show −∇f at each current point: the direction plain gradient descent would step (Ctrl+G)</source>
        <translation>각 현재 점에 −∇f를 표시합니다. 기본 경사 하강법이 나아갈 방향입니다 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_views.py" line="88"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_views.py" line="89"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>RacerEditor</name>
    <message>
        <location filename="../../gdviewer/ui/racer_editor.py" line="90"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/racer_editor.py" line="110"/>
        <source>Learning rate α</source>
        <translation>학습률 α</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/racer_editor.py" line="111"/>
        <source>This racer&apos;s base learning rate. Choosing another optimizer sets the rate suggested for it on this surface.</source>
        <translation>이 주자의 기본 학습률입니다. 다른 옵티마이저를 고르면 이 곡면에서 그 옵티마이저에 추천된 학습률로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/racer_editor.py" line="115"/>
        <source>Remove this racer from the race</source>
        <translation>이 주자를 경주에서 뺍니다</translation>
    </message>
</context>
<context>
    <name>RegimeBar</name>
    <message>
        <location filename="../../gdviewer/ui/regime_bar.py" line="65"/>
        <source>Green: monotone. Orange: oscillating but converging. Red: divergent.</source>
        <translation>초록: 단조 수렴. 주황: 진동하며 수렴. 빨강: 발산.</translation>
    </message>
</context>
<context>
    <name>RegimeText</name>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="13"/>
        <source>still</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="14"/>
        <source>monotone</source>
        <translation>단조 수렴</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="15"/>
        <source>fastest</source>
        <translation>가장 빠름</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="16"/>
        <source>oscillating</source>
        <translation>진동하며 수렴</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="17"/>
        <source>two-cycle</source>
        <translation>두 점 왕복</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="18"/>
        <source>divergent</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="27"/>
        <source>No minimum near the start point, so there are no learning-rate bands: descent runs downhill or stalls.</source>
        <translation>시작점 근처에 최솟값이 없어 학습률 구간이 없습니다. 하강은 계속 내려가거나 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="30"/>
        <source>The minimum x* = {minimum} is a kink with no curvature, so there are no bands. A fixed learning rate ends up bouncing across it, within about α of x*.</source>
        <translation>최솟값 x* = {minimum}: 곡률이 없는 꺾인 점이라 구간이 없습니다. 고정된 학습률로는 결국 x*에서 약 α 이내를 오가며 튑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="34"/>
        <source>The curvature at the minimum x* = {minimum} is 0, so there are no bands. Small learning rates converge there, more and more slowly.</source>
        <translation>최솟값 x* = {minimum}에서의 곡률이 0이라 구간이 없습니다. 작은 학습률은 그곳으로 수렴하지만 점점 느려집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="38"/>
        <source>Learning-rate bands are shown for functions of one variable.</source>
        <translation>학습률 구간은 한 변수 함수에만 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="52"/>
        <source>1/L = {first}, 2/L = {second}, with L = f″ = {curvature} everywhere.</source>
        <translation>1/L = {first}, 2/L = {second}입니다. 곡률 L = f″ = {curvature}의 값은 어디서나 같습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="53"/>
        <source>1/L = {first}, 2/L = {second}, with L = f″(x*) = {curvature} at the minimum x* = {minimum} nearest the start; the limits hold close to x*.</source>
        <translation>1/L = {first}, 2/L = {second}입니다. 곡률 L = f″(x*) = {curvature}의 값은 시작점에서 가장 가까운 최솟값 x* = {minimum}에서 잰 것이라, 이 경계는 x* 가까이에서 성립합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="68"/>
        <source>α = 0: x never moves.</source>
        <translation>α = 0: x가 전혀 움직이지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="69"/>
        <source>α = {rate} &lt; 1/L = {first}: monotone, x approaches the minimum from one side.</source>
        <translation>α = {rate} &lt; 1/L = {first}: 단조 수렴. x가 한쪽에서 최솟값에 다가갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="70"/>
        <source>α = {rate} = 1/L: the fastest rate; a quadratic lands on its minimum in one step.</source>
        <translation>α = {rate} = 1/L: 가장 빠른 학습률. 이차함수는 한 단계 만에 최솟값에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="71"/>
        <source>1/L &lt; α = {rate} &lt; 2/L = {second}: oscillating, x jumps across the minimum but closes in.</source>
        <translation>1/L &lt; α = {rate} &lt; 2/L = {second}: 진동하며 수렴. x가 최솟값을 건너뛰면서도 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="74"/>
        <source>α = {rate} = 2/L: the update factor is −1, so x bounces between two points forever.</source>
        <translation>α = {rate} = 2/L: 업데이트 배율이 −1이라 x가 두 점 사이를 영원히 오갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regime_text.py" line="77"/>
        <source>α = {rate} &gt; 2/L = {second}: divergent, every step moves x farther away.</source>
        <translation>α = {rate} &gt; 2/L = {second}: 발산. 매 단계 x가 더 멀어집니다.</translation>
    </message>
</context>
<context>
    <name>RegressionText</name>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="46"/>
        <source>Epoch {epoch}, learning rate α = {rate}</source>
        <extracomment>Significant digits of the numbers in worked formulas: enough to follow a fitting run, few enough to read.</extracomment>
        <translation>Epoch {epoch}, 학습률 α = {rate}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="74"/>
        <source>new prediction ŷ = w·x + b = {w}·{x} + {b} = {prediction}</source>
        <translation>새 예측값 ŷ = w·x + b = {w}·{x} + {b} = {prediction}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="95"/>
        <source>ŷᵢ = w·xᵢ + b with w = {w}, b = {b}</source>
        <translation>ŷᵢ = w·xᵢ + b, w = {w}, b = {b}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="117"/>
        <source>the loss J overflowed to {value}</source>
        <translation>손실 J가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="118"/>
        <source>w or b overflowed to {value}</source>
        <translation>w 또는 b가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="119"/>
        <source>the gradient overflowed to {value}</source>
        <translation>기울기(Gradient)가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="120"/>
        <source>the optimizer&apos;s state overflowed to {value}</source>
        <translation>옵티마이저의 내부 상태가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="124"/>
        <source>Diverged at step {epoch}: {reason}.</source>
        <translation>{epoch}단계에서 발산: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="126"/>
        <source>Diverged at epoch {epoch}: {reason}.</source>
        <translation>Epoch {epoch}에서 발산: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="134"/>
        <source>Lower the learning rate.</source>
        <translation>학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="135"/>
        <source>Learning rate {rate} is above the stable limit 2/λ_max = {limit} for this data; choose a smaller one.</source>
        <translation>학습률 {rate}: 이 데이터의 안정 한계 2/λ_max = {limit}보다 큽니다. 더 작은 값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="146"/>
        <source>{distance} from the optimum w* = {w}, b* = {b}</source>
        <translation>최적점 w* = {w}, b* = {b}까지 거리 {distance}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="168"/>
        <source>w = {w}, b = {b}, J = {loss}</source>
        <translation>w = {w}, b = {b}, J = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="175"/>
        <source>Finished after 1 epoch: {values}</source>
        <translation>Epoch 1번 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="177"/>
        <source>Finished after {epochs} epochs: {values}</source>
        <translation>Epoch {epochs}번 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="180"/>
        <source>Epoch {epoch}: {values}</source>
        <translation>Epoch {epoch}: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="188"/>
        <source>the loss surface is a long narrow valley (condition number {number})</source>
        <translation>손실 곡면이 길고 좁은 골짜기입니다 (조건수 {number})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="193"/>
        <source>computing steps…</source>
        <translation>단계 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="195"/>
        <source>computing epochs…</source>
        <translation>Epoch 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="201"/>
        <source>Finished after {steps} mini-batch steps: {values}</source>
        <translation>미니배치 {steps}단계 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="204"/>
        <source>Step {step}: {values}</source>
        <translation>{step}단계: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="223"/>
        <source>With a single point, every line through it fits exactly: J(w, b) is 0 along a whole line of (w, b), so there is no single optimum, and one step already moves the prediction a good part of the way to y.</source>
        <translation>점이 하나뿐이면 그 점을 지나는 모든 직선이 정확히 맞습니다. J(w, b)가 (w, b)의 한 직선 전체에서 0이므로 최적점이 하나로 정해지지 않고, 한 단계만으로도 예측값이 y 쪽으로 꽤 다가갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="229"/>
        <source>Every point has the same x, so every line through their mean fits equally well: the valley of J(w, b) has a flat floor and no single optimum.</source>
        <translation>모든 점의 x가 같아서 평균을 지나는 모든 직선이 똑같이 잘 맞습니다. J(w, b)의 골짜기 바닥이 평평하여 최적점이 하나로 정해지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="234"/>
        <source>The least-squares optimum is w* = {w}, b* = {b}, where J = {loss}.</source>
        <translation>최소제곱 최적점은 w* = {w}, b* = {b}이고, 그곳에서 J = {loss}입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="237"/>
        <source>The loss surface J(w, b) is a long narrow valley: its curvature is {high} across the valley and only {low} along its floor, a condition number of {number}. The learning rate must stay below 2/λ_max = {limit}, or the steep direction diverges.</source>
        <translation>손실 곡면 J(w, b)는 길고 좁은 골짜기입니다. 골짜기를 가로지르는 곡률은 {high}인데 바닥을 따라서는 {low}뿐이라 조건수가 {number}입니다. 학습률은 2/λ_max = {limit}보다 작아야 하며, 그렇지 않으면 가파른 방향으로 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="247"/>
        <source>With α = {alpha}, each epoch shrinks the distance along the valley floor only by the factor 1 − α·λ_min = {factor}, so after {epochs} epochs {left} % of it is left: the run ends at w = {w}, b = {b}, {distance} away from the optimum.</source>
        <translation>α = {alpha}이면 Epoch마다 골짜기 바닥 방향의 거리가 1 − α·λ_min = {factor}배로만 줄어들어, {epochs}번의 Epoch 뒤에도 {left} %가 남습니다. 그래서 실행은 최적점에서 {distance} 떨어진 w = {w}, b = {b}에서 끝납니다.</translation>
    </message>
</context>
<context>
    <name>RegressionViews</name>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="79"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="80"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="81"/>
        <source>Double-click or Shift+click an empty place to add a point. Click a point to select it and drag it to move it; Delete removes the selected point. Ctrl+Z undoes an edit.</source>
        <translation>빈 곳을 더블클릭하거나 Shift+클릭하면 점이 추가됩니다. 점을 클릭하면 선택되고 끌면 옮겨집니다. Delete는 선택한 점을 지우고, Ctrl+Z는 편집을 취소합니다.</translation>
    </message>
</context>
<context>
    <name>RunExplanation</name>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="43"/>
        <source>The race now runs on the formula you typed, so the lesson&apos;s explanation no longer applies. The contour map shows f(x, y) from above: each line joins points of equal value, and lines close together mean a steep slope. Every racer starts at the same point and draws its path in its own colour, and the loss plot shows f at each of its steps. Click the map to start somewhere else.</source>
        <translation>이제 입력한 식 위에서 경주하므로 레슨 설명은 더 이상 맞지 않습니다. 등고선 지도는 f(x, y)를 위에서 내려다본 모습입니다. 한 선 위의 점들은 값이 같고, 선이 촘촘할수록 경사가 가파릅니다. 모든 주자는 같은 점에서 출발해 자기 색으로 경로를 그리고, 손실 그래프는 각 단계의 f 값을 보여 줍니다. 지도를 클릭하면 다른 곳에서 출발합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="54"/>
        <source>The race now runs on {surface}, not on the lesson&apos;s surface, so the lesson&apos;s explanation no longer applies. The contour map shows the surface from above, each racer draws its path in its own colour, and the loss plot shows the value at each of its steps. Choose the lesson again to go back to its surface.</source>
        <translation>이제 레슨의 곡면이 아닌 {surface} 위에서 경주하므로 레슨 설명은 더 이상 맞지 않습니다. 등고선 지도는 곡면을 위에서 내려다본 모습이고, 주자마다 자기 색으로 경로를 그리며, 손실 그래프는 각 단계의 값을 보여 줍니다. 레슨을 다시 고르면 레슨의 곡면으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="67"/>
        <source>Gradient descent now runs with a learning-rate schedule, so the lesson&apos;s numbers for a constant α no longer apply.</source>
        <translation>이제 경사 하강법이 학습률 스케줄과 함께 실행되므로, 고정된 α로 계산한 레슨의 숫자는 더 이상 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="73"/>
        <source>This run uses {optimizer} instead of the plain gradient descent that the lesson describes.</source>
        <translation>이 실행은 레슨이 설명하는 기본 경사 하강법 대신 {optimizer} 옵티마이저를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="79"/>
        <source>The learning-rate schedule, {schedule}, changes α from one update to the next, and the plot beside the loss shows every α_k.</source>
        <translation>학습률 스케줄은 업데이트마다 α를 바꿉니다(스케줄: {schedule}). 손실 옆 그래프에 모든 α_k가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="84"/>
        <source>The step panel shows each update with its numbers.</source>
        <translation>단계 패널에서 각 업데이트를 숫자와 함께 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="93"/>
        <source>Momentum keeps a velocity v. Each update shrinks v to μ·v, adds −α·∇f to it and moves the point by v. Steps grow along a steady slope and carry the point past the minimum, so it swings around the minimum before it settles.</source>
        <translation>Momentum은 속도 v를 유지합니다. 업데이트마다 v를 μ·v로 줄이고 −α·∇f를 더한 뒤 점을 v만큼 옮깁니다. 경사가 한결같으면 걸음이 점점 커져 점이 최솟값을 지나치므로, 자리를 잡기 전에 최솟값 주위를 오갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="99"/>
        <source>Nesterov also keeps a velocity, but it takes the gradient where the velocity is about to carry the point, at x + μ·v. Looking ahead lets it brake before the minimum, so it overshoots less than plain momentum.</source>
        <translation>Nesterov도 속도를 유지하지만, 기울기를 속도가 점을 데려갈 곳인 x + μ·v에서 구합니다. 앞을 내다보고 최솟값 앞에서 미리 속도를 줄이므로 보통의 Momentum보다 덜 지나칩니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="105"/>
        <source>AdaGrad divides α by the square root of the sum of all squared gradients so far, for each coordinate on its own. Steep directions get short steps at once, and because the sum only grows, the effective learning rate only shrinks and the run can stall before the minimum.</source>
        <translation>AdaGrad는 지금까지의 기울기 제곱을 모두 더한 합의 제곱근으로 α를 나누며, 좌표마다 따로 계산합니다. 가파른 방향은 곧바로 걸음이 짧아지고, 합은 커지기만 하므로 실제 학습률은 줄어들기만 해서 최솟값에 닿기 전에 멈춘 듯 느려질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="111"/>
        <source>RMSProp divides α by the square root of a moving average of squared gradients, which forgets old gradients at the rate ρ. Unlike AdaGrad&apos;s sum, the average can fall again, so the effective learning rate recovers when the gradients get small.</source>
        <translation>RMSProp는 기울기 제곱의 이동 평균의 제곱근으로 α를 나눕니다. 이 평균은 지난 기울기를 비율 ρ로 잊어 갑니다. AdaGrad의 합과 달리 평균은 다시 작아질 수 있으므로, 기울기가 작아지면 실제 학습률이 다시 커집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_explanation.py" line="117"/>
        <source>Adam combines both ideas: a moving average m of the gradients acts as momentum, and a moving average v of their squares scales each coordinate as in RMSProp. Both start at 0, so bias correction divides them by 1 − βᵗ to give the first steps their intended length α.</source>
        <translation>Adam은 두 생각을 합칩니다. 기울기의 이동 평균 m이 Momentum 역할을 하고, 기울기 제곱의 이동 평균 v가 RMSProp처럼 좌표마다 걸음을 조절합니다. 두 평균 모두 0에서 시작하므로, 편향 보정(bias correction)이 이를 1 − βᵗ로 나누어 첫 걸음들도 의도한 길이 α가 되게 합니다.</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="16"/>
        <source>at the start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="17"/>
        <source>converging</source>
        <translation>수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="18"/>
        <source>oscillating</source>
        <translation>진동하며 수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="19"/>
        <source>diverging</source>
        <translation>발산 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="20"/>
        <source>at a stationary point (f′(x) = 0)</source>
        <translation>정류점에 도달 (f′(x) = 0)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="21"/>
        <source>bouncing between two points</source>
        <translation>두 점 사이를 왕복 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="22"/>
        <source>not moving: the update is too small to change x</source>
        <translation>멈춤: 업데이트가 너무 작아 x가 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="23"/>
        <source>still moving without settling</source>
        <translation>자리 잡지 못하고 아직 움직이는 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="35"/>
        <source>bouncing between {first} and {second} forever</source>
        <translation>두 점 {first}, {second} 사이를 영원히 왕복 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="36"/>
        <source>bouncing between {first} and {second}</source>
        <translation>두 점 {first}, {second} 사이를 왕복 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="51"/>
        <source>Stopped at step {step}: {reason} Lower the learning rate or start elsewhere.</source>
        <translation>{step}단계에서 멈춤: {reason} 학습률을 낮추거나 다른 곳에서 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="55"/>
        <source>the loss f(x) overflowed to {value}</source>
        <translation>손실 f(x)가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="56"/>
        <source>x overflowed to {value}</source>
        <translation>x가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="57"/>
        <source>the gradient f′(x) overflowed to {value}</source>
        <translation>기울기(Gradient) f′(x)가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="58"/>
        <source>the optimizer&apos;s state overflowed to {value}</source>
        <translation>옵티마이저의 내부 상태가 넘쳤습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="61"/>
        <source>Diverged at step {step}: {reason}. Lower the learning rate.</source>
        <translation>{step}단계에서 발산: {reason}. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="74"/>
        <source>Finished at step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계에서 끝남: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="77"/>
        <source>Step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="79"/>
        <source>diverges at step {step}</source>
        <translation>{step}단계에서 발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="81"/>
        <source>computing steps…</source>
        <translation>단계 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="92"/>
        <source>The factor is 0: one step lands exactly on the minimum.</source>
        <translation>배율이 0입니다. 한 번의 업데이트로 정확히 최솟값에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="94"/>
        <source>|{factor}| &lt; 1 and positive: every step moves x closer to the minimum from the same side.</source>
        <translation>|{factor}| &lt; 1이고 양수입니다. 매 단계 x가 같은 쪽에서 최솟값에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="96"/>
        <source>|{factor}| &lt; 1 but negative: x jumps across the minimum each step and still closes in.</source>
        <translation>|{factor}| &lt; 1이지만 음수입니다. x가 매 단계 최솟값을 건너뛰면서도 점점 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="98"/>
        <source>The factor is −1: x bounces between two points on either side of the minimum forever.</source>
        <translation>배율이 −1입니다. x가 최솟값 양쪽의 두 점 사이를 영원히 오갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="100"/>
        <source>|{factor}| = 1: x never gets closer to the minimum.</source>
        <translation>|{factor}| = 1입니다. x는 최솟값에 전혀 가까워지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="101"/>
        <source>|{factor}| &gt; 1: every step moves x farther from the minimum, so the run diverges.</source>
        <translation>|{factor}| &gt; 1입니다. 매 단계 x가 최솟값에서 더 멀어지므로 발산합니다.</translation>
    </message>
</context>
<context>
    <name>ScheduleInputs</name>
    <message>
        <location filename="../../gdviewer/ui/schedule_inputs.py" line="55"/>
        <source>How the learning rate changes from update to update</source>
        <translation>업데이트마다 학습률이 어떻게 바뀌는지 정합니다</translation>
    </message>
</context>
<context>
    <name>SchedulePlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/schedule_plot.py" line="94"/>
        <source>Update k</source>
        <translation>업데이트 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/schedule_plot.py" line="101"/>
        <source>Learning rate α_k</source>
        <translation>학습률 α_k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/schedule_plot.py" line="102"/>
        <source>α_k: {name}</source>
        <translation>α_k: {name}</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="106"/>
        <source>Step {k}: the end of the run</source>
        <extracomment>Symbols of a function run&apos;s update: x and f′, numbers with as many digits as the lesson&apos;s. The maximum delay of the panel behind the player while playing or computing.</extracomment>
        <translation>{k}단계: 실행의 끝</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_step_html.py" line="38"/>
        <location filename="../../gdviewer/ui/step_panel.py" line="108"/>
        <source>Step {k} → {next}</source>
        <translation>{k}단계 → {next}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_step_html.py" line="24"/>
        <source>Racer {number}: {label}</source>
        <translation>{number}번 주자: {label}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_step_html.py" line="37"/>
        <source>Step {k}: the end of the race</source>
        <translation>{k}단계: 경주의 끝</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/race_step_html.py" line="50"/>
        <source>Finished: this racer took its last step.</source>
        <translation>끝남: 이 주자는 마지막 단계까지 갔습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/update_html.py" line="48"/>
        <source>look-ahead point {variable}{i} + μ·v{i} = {point}</source>
        <extracomment>Significant digits of the numbers in the update formulas. A new coordinate smaller than this share of the numbers it came from is 0 up to rounding.</extracomment>
        <translation>앞을 내다본 점 {variable}{i} + μ·v{i} = {point}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/update_html.py" line="59"/>
        <source>B = data points {points}: g{i} averages the gradient over them only.</source>
        <translation>B = 데이터 점 {points}: 기울기 g{i}의 값은 이 점들만으로 낸 평균입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/update_html.py" line="155"/>
        <source>Bias correction is off: m and v are used as they are, and they start too small because m₀ = v₀ = 0.</source>
        <translation>편향 보정이 꺼져 있습니다. m과 v를 그대로 쓰는데, m₀ = v₀ = 0에서 시작하므로 처음에는 너무 작습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/update_html.py" line="217"/>
        <source>0 up to rounding</source>
        <translation>반올림 오차를 빼면 0</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/update_html.py" line="220"/>
        <source>0 up to rounding in coordinate {numbers}</source>
        <translation>{numbers}번 좌표는 반올림 오차를 빼면 0</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="147"/>
        <source>This is the last step of the run.</source>
        <translation>실행의 마지막 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="158"/>
        <source>x{i} sits on a kink of abs, where f′ is not defined: this step uses the subgradient 0.</source>
        <translation>점 x{i}의 위치는 abs의 꺾인 점이라 f′가 정의되지 않습니다. 이 단계는 하방 기울기(subgradient) 0을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="167"/>
        <source>Update factor of this quadratic</source>
        <translation>이 이차함수의 업데이트 배율</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="56"/>
        <source>Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</source>
        <extracomment>Symbols of a regression run&apos;s update: θ = (w, b) and the gradient ∇J. Data sets up to this size get a table with one row per point.</extracomment>
        <translation>Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="58"/>
        <source>Step {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</source>
        <translation>{epoch}단계: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="67"/>
        <source>This update uses {count} of the {total} points, numbers {numbers}, drawn with seed {seed}: J and the gradient below are the mini-batch&apos;s, not the whole data&apos;s.</source>
        <translation>이 업데이트는 점 {total}개 중 {count}개를 씁니다(번호 {numbers}, 시드: {seed}). 아래의 J와 기울기는 전체 데이터가 아니라 이 미니배치의 값입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="84"/>
        <source>The run has no epochs: set the epoch count above 0.</source>
        <translation>실행에 Epoch가 없습니다. Epoch 수를 0보다 크게 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="91"/>
        <source>This was the last step of the run.</source>
        <translation>실행의 마지막 단계였습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="94"/>
        <source>This was the last epoch of the run.</source>
        <translation>실행의 마지막 Epoch였습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="98"/>
        <source>Each step follows the gradient of a random mini-batch, so the path jitters around the path of batch gradient descent. With a constant learning rate it keeps jittering near the optimum instead of settling; a smaller α or a decaying schedule shrinks the jitter.</source>
        <translation>단계마다 무작위 미니배치의 기울기를 따르므로 경로가 배치 경사 하강법의 경로 주변에서 흔들립니다. 학습률이 일정하면 최적점 근처에서 자리 잡지 못하고 계속 떨립니다. α를 줄이거나 감소하는 스케줄을 쓰면 떨림이 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="110"/>
        <source>Where the run ends, and why</source>
        <translation>실행이 끝나는 곳과 그 이유</translation>
    </message>
</context>
<context>
    <name>SurfaceFormulaField</name>
    <message>
        <location filename="../../gdviewer/ui/surface_formula_field.py" line="88"/>
        <source>Type f(x, y), such as x^2 + 10y^2</source>
        <translation>f(x, y)를 입력하세요. 예: x^2 + 10y^2</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/surface_formula_field.py" line="90"/>
        <source>Type a function of x and y and press Return to race on it. Examples: x^2 + 10y^2, (x^2 + y - 11)^2 + (x + y^2 - 7)^2, sin(x)cos(y) + 0.1(x^2 + y^2). Write powers as x^2; 3xy means 3·x·y. Functions: {functions}; constants: pi, e. Escape brings back the surface in use.</source>
        <translation>x와 y의 함수를 입력하고 Return을 누르면 그 함수에서 경주합니다. 예: x^2 + 10y^2, (x^2 + y - 11)^2 + (x + y^2 - 7)^2, sin(x)cos(y) + 0.1(x^2 + y^2). 거듭제곱은 x^2로 쓰고, 3xy는 3·x·y를 뜻합니다. 함수: {functions}. 상수: pi, e. Escape를 누르면 지금 쓰는 곡면으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>SweepPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="109"/>
        <source>Learning rate α (log scale)</source>
        <translation>학습률 α (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="111"/>
        <source>Loss f(xₙ) after n = {steps} steps</source>
        <translation>n = {steps}단계 뒤의 손실 f(xₙ)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="115"/>
        <source>Steps until |f′(x)| ≤ {tolerance}</source>
        <translation>|f′(x)| ≤ {tolerance}까지 걸린 단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="126"/>
        <source>Computing the sweep…</source>
        <translation>스윕 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="126"/>
        <source>No sweep for this start point.</source>
        <translation>이 시작점에서는 스윕을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="149"/>
        <source>▲ stopped: diverged or left the domain</source>
        <translation>▲ 멈춤: 발산했거나 정의역을 벗어남</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="149"/>
        <source>▲ never reached</source>
        <translation>▲ 도달하지 못함</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="160"/>
        <source>No learning rate reaches |f′(x)| ≤ 1e-6 in n = {steps} steps.</source>
        <translation>n = {steps}단계 안에 |f′(x)| ≤ 1e-6에 닿는 학습률이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="164"/>
        <source>No run&apos;s gradient shrinks, so more steps will not help.</source>
        <translation>어느 실행에서도 기울기가 줄지 않으므로 단계 수를 늘려도 소용없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="166"/>
        <source>The fastest run needs an estimated {estimate} steps, more than the {max} steps a sweep computes.</source>
        <translation>가장 빠른 실행에도 약 {estimate}단계가 필요하다고 추정되며, 이는 스윕이 계산하는 최대 {max}단계보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="170"/>
        <source>Raise the step count to {steps} or more.</source>
        <translation>단계 수를 {steps} 이상으로 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="292"/>
        <source>Loss after n steps</source>
        <translation>n단계 뒤의 손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="293"/>
        <source>Steps to reach |f′(x)| ≤ 1e-6</source>
        <translation>|f′(x)| ≤ 1e-6까지 걸린 단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="294"/>
        <source>What to plot against the learning rate</source>
        <translation>학습률에 대해 그릴 값</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="295"/>
        <source>Click to use that learning rate</source>
        <translation>클릭하면 그 학습률을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/sweep_plot.py" line="312"/>
        <source>{count} learning rates, each run for {steps} steps from the current start point.</source>
        <translation>학습률 {count}개를 각각 현재 시작점에서 {steps}단계씩 실행했습니다.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="72"/>
        <source>&amp;Reset</source>
        <translation>처음으로(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="72"/>
        <source>Go back to step 0 with the same parameters</source>
        <translation>같은 매개변수로 0단계로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="73"/>
        <source>Step &amp;Back</source>
        <translation>한 단계 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="73"/>
        <source>Show the previous step</source>
        <translation>이전 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="74"/>
        <source>&amp;Step</source>
        <translation>한 단계(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="74"/>
        <source>Take one gradient-descent step</source>
        <translation>경사 하강을 한 단계 진행합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="75"/>
        <source>Go to &amp;End</source>
        <translation>끝으로 가기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="75"/>
        <source>Show the last step of the run</source>
        <translation>실행의 마지막 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="76"/>
        <source>&amp;Faster</source>
        <translation>빠르게(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="76"/>
        <source>Play more steps per second</source>
        <translation>초당 더 많은 단계를 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="77"/>
        <source>S&amp;lower</source>
        <translation>느리게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="77"/>
        <source>Play fewer steps per second</source>
        <translation>초당 더 적은 단계를 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="86"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="86"/>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="88"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="88"/>
        <source>Play the run step by step</source>
        <translation>실행을 한 단계씩 재생합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="155"/>
        <source>{speed} step/s</source>
        <translation>초당 {speed}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="156"/>
        <source>Playback speed (+ faster, − slower)</source>
        <translation>재생 속도 (+ 빠르게, − 느리게)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="157"/>
        <source>Drag to show any step of the run</source>
        <translation>끌어서 원하는 단계를 봅니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="171"/>
        <source>epoch {k} / {n}</source>
        <translation>Epoch {k} / {n}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/transport.py" line="173"/>
        <source>step {k} / {n}</source>
        <translation>단계 {k} / {n}</translation>
    </message>
</context>
<context>
    <name>UpdateModeBox</name>
    <message>
        <location filename="../../gdviewer/ui/update_mode_box.py" line="41"/>
        <source>Gradient of each update</source>
        <translation>업데이트마다 쓰는 기울기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/update_mode_box.py" line="42"/>
        <source>With mini-batches or single points each update is cheaper but noisy, and a step counts one update instead of one epoch. Reset with the same seed repeats the run exactly. The lesson “Batch, mini-batch and stochastic gradient descent” races the three on the loss surface.</source>
        <translation>미니배치나 점 하나를 쓰면 업데이트마다 계산은 싸지만 흔들리며, 한 단계는 Epoch 하나가 아니라 업데이트 한 번입니다. 시드가 같으면 처음으로(Reset) 되돌려도 실행이 똑같이 되풀이됩니다. “배치, 미니배치, 확률적 경사 하강법” 레슨은 손실 곡면에서 셋을 경주시킵니다.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="26"/>
        <source>usage: </source>
        <extracomment>The context under which the argparse texts are translated.</extracomment>
        <translation>사용법: </translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="27"/>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="28"/>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="29"/>
        <source>show this help message and exit</source>
        <translation>이 도움말을 출력하고 종료</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="30"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="31"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="32"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="33"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 고르세요: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="34"/>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="35"/>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="36"/>
        <source>expected one argument</source>
        <translation>인수가 하나 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="37"/>
        <source>expected at most one argument</source>
        <translation>인수는 하나까지만 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="38"/>
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="39"/>
        <source>ignored explicit argument %r</source>
        <translation>이 옵션은 값을 받지 않습니다: %r</translation>
    </message>
    <message>
        <location filename="../../gdviewer/argparse_texts.py" line="40"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s에 해당할 수 있는 옵션: %(matches)s</translation>
    </message>
</context>
</TS>
