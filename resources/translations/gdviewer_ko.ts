<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Batch</name>
    <message>
        <location filename="../../gdviewer/batch.py" line="25"/>
        <source>cannot export to {name}: use one of the suffixes {suffixes}</source>
        <extracomment>What ``--export`` writes, by the output&apos;s suffix.</extracomment>
        <translation>{name}(으)로 내보낼 수 없습니다. 다음 확장자 중 하나를 쓰세요: {suffixes}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="30"/>
        <source>cannot export to {path}: the folder {folder} does not exist</source>
        <translation>{path}(으)로 내보낼 수 없습니다. 폴더 {folder}가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="34"/>
        <source>cannot export to {path}: it is not writable; choose another folder</source>
        <translation>{path}(으)로 내보낼 수 없습니다. 쓰기 권한이 없으니 다른 폴더를 고르세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/batch.py" line="79"/>
        <source>gdviewer: writing {path} failed: {reason}</source>
        <translation>gdviewer: {path}를 쓰지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../gdviewer/app.py" line="32"/>
        <source>Watch gradient descent take every step. Without --print, opens the window.</source>
        <extracomment>The lesson that --data opens when no --lesson is given.</extracomment>
        <translation>경사 하강법의 매 단계를 지켜봅니다. --print 없이 실행하면 창을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="38"/>
        <source>lesson to open or print (see --list-lessons)</source>
        <translation>열거나 출력할 레슨 (--list-lessons 참고)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="42"/>
        <source>print the lesson ids and titles, then exit</source>
        <translation>레슨 id와 제목을 출력하고 종료</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="46"/>
        <source>print one row per step (step, x, f(x), f′(x)) and the final state instead of opening a window</source>
        <translation>창을 여는 대신 단계마다 한 줄(step, x, f(x), f′(x))과 최종 상태를 출력</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="53"/>
        <source>number of updates (default: the lesson&apos;s)</source>
        <translation>업데이트 횟수 (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="57"/>
        <source>learning rate α (default: the lesson&apos;s)</source>
        <translation>학습률(Learning Rate) α (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="61"/>
        <source>start point: x₀ for a function lesson, w₀,b₀ for a regression lesson (default: the lesson&apos;s)</source>
        <translation>시작점: 함수 레슨은 x₀, 회귀 레슨은 w₀,b₀ (기본값: 레슨의 값)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="68"/>
        <source>run a regression lesson on the x and y columns of this CSV file (opens the regression lesson unless --lesson names another)</source>
        <translation>이 CSV 파일의 x, y 열로 회귀 레슨을 실행 (--lesson으로 다른 레슨을 고르지 않으면 회귀 레슨을 엽니다)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="76"/>
        <source>an experiment saved by gdviewer to open, print or export</source>
        <translation>열거나 출력하거나 내보낼, gdviewer로 저장한 실험 파일</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="80"/>
        <source>write the run to OUT and exit; the suffix chooses the format: .png, .svg, .gif, .mp4, .csv, .py or .gdv</source>
        <translation>실행을 OUT에 쓰고 종료. 확장자로 형식을 고릅니다: .png, .svg, .gif, .mp4, .csv, .py, .gdv</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="87"/>
        <source>interface language: ko (Korean) or en (English); overrides the saved choice and the system locale</source>
        <translation>화면 언어: ko(한국어) 또는 en(영어). 저장된 선택과 시스템 로캘보다 우선합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="116"/>
        <source>{path} was not opened: {reason}</source>
        <translation>{path}를 열지 않았습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="122"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path}를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="143"/>
        <source>unknown lesson id {value!r}; choose one of: {ids}</source>
        <translation>알 수 없는 레슨 id {value!r}입니다. 다음 중 하나를 고르세요: {ids}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="148"/>
        <source>--steps {value} is out of range; use 0 to {max}</source>
        <translation>--steps {value}는 범위를 벗어났습니다. 0부터 {max}까지의 값을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="152"/>
        <source>--learning-rate {value} is invalid; use a number from 0 to {max}</source>
        <translation>--learning-rate {value}는 잘못된 값입니다. 0부터 {max}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="176"/>
        <source>--start {value} is invalid for lesson {lesson}; give w₀ and b₀ as two numbers, such as --start 0.5,1</source>
        <translation>--start {value}는 레슨 {lesson}에 맞지 않습니다. w₀와 b₀를 두 수로 주세요. 예: --start 0.5,1</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="182"/>
        <source>--start {value} is invalid for lesson {lesson}; give x₀ as one number, such as --start 2</source>
        <translation>--start {value}는 레슨 {lesson}에 맞지 않습니다. x₀를 수 하나로 주세요. 예: --start 2</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="191"/>
        <source>--start {value} is invalid; {cell!r} is not a number</source>
        <translation>--start {value}는 잘못된 값입니다. {cell!r}은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="194"/>
        <source>--start {value} is invalid; use a number from {low} to {high}</source>
        <translation>--start {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="208"/>
        <source>--data needs a regression lesson, but {lesson} fits no data; use --lesson regression</source>
        <translation>--data는 회귀 레슨에만 쓸 수 있는데 {lesson}은(는) 데이터를 맞추지 않습니다. --lesson regression을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="215"/>
        <source>--data {path}: the file cannot be read ({reason})</source>
        <translation>--data {path}: 파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="217"/>
        <source>--data {path} was rejected: {reason}</source>
        <translation>--data {path}를 받아들일 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="249"/>
        <source>gdviewer: the function cannot be evaluated at the start point {value}; choose one closer to 0
</source>
        <translation>gdviewer: 시작점 {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="258"/>
        <source>f(x) = {f}, start x0 = {start}, learning rate = {rate}, steps = {steps}</source>
        <translation>f(x) = {f}, 시작점 x0 = {start}, 학습률 = {rate}, 단계 수 = {steps}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="263"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="291"/>
        <source>gdviewer: the loss is not finite at the start (w, b) = ({w}, {b}); choose values closer to 0
</source>
        <translation>gdviewer: 시작점 (w, b) = ({w}, {b})에서 손실이 유한하지 않습니다. 0에 더 가까운 값을 고르세요
</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="327"/>
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/app.py" line="414"/>
        <source>gdviewer: no graphical display was found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open. Run it in a desktop session, or use --print to see a lesson in the terminal.</source>
        <extracomment>Options whose value may start with a minus sign, such as --start -1e6.</extracomment>
        <translation>gdviewer: 그래픽 디스플레이를 찾지 못해(DISPLAY와 WAYLAND_DISPLAY가 비어 있음) 창을 열 수 없습니다. 데스크톱 세션에서 실행하거나, --print로 터미널에서 레슨을 보세요.</translation>
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
        <location filename="../../gdviewer/ui/data_files.py" line="57"/>
        <source>&amp;Import Data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="58"/>
        <source>Replace the data with the x and y columns of a CSV file</source>
        <translation>CSV 파일의 x, y 열로 데이터를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="59"/>
        <source>&amp;Export Data…</source>
        <translation>데이터 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="60"/>
        <source>Save the current data as a CSV file</source>
        <translation>현재 데이터를 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="71"/>
        <source>{name} was not imported. {reason}</source>
        <translation>{name}를 가져오지 않았습니다. {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="73"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}를 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="75"/>
        <source>Import {name}</source>
        <translation>{name} 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="77"/>
        <source>Imported {count} points from {name}</source>
        <translation>{name}에서 점 {count}개를 가져왔습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="79"/>
        <source>{name} was not imported: the loss is not finite on its data.</source>
        <translation>{name}를 가져오지 않았습니다. 이 데이터에서는 손실이 유한하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="89"/>
        <source>This lesson has no data to export.</source>
        <translation>이 레슨에는 내보낼 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="93"/>
        <source>{name} cannot be written: {reason}</source>
        <translation>{name}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="97"/>
        <source>Exported {count} points to {name}</source>
        <translation>{name}에 점 {count}개를 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="103"/>
        <location filename="../../gdviewer/ui/data_files.py" line="110"/>
        <source>Import Data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="103"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="115"/>
        <location filename="../../gdviewer/ui/data_files.py" line="122"/>
        <source>Export Data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_files.py" line="115"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>DataPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="101"/>
        <source>least-squares line</source>
        <extracomment>Above this many points the residuals are not drawn: they would fill the plot. A click or drag this close to a point (in pixels) grabs it.</extracomment>
        <translation>최소제곱 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="104"/>
        <source>residuals y − ŷ</source>
        <translation>잔차 y − ŷ</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="105"/>
        <source>current line</source>
        <translation>현재 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="139"/>
        <source>Data and the line of the current epoch</source>
        <translation>데이터와 현재 Epoch의 직선</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/data_plot.py" line="263"/>
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
        <translation>{where}: {value!r}은(는) 유한한 수가 아닙니다. 유한한 값으로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/data_texts.py" line="46"/>
        <source>{where}: {value!r} is not a number.</source>
        <translation>{where}: {value!r}은(는) 수가 아닙니다.</translation>
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
        <location filename="../../gdviewer/model/experiment.py" line="166"/>
        <source>Learning rate {value} is invalid: enter a number from 0 to {max}.</source>
        <extracomment>Largest |x| or |y| of a point added or moved in the window.</extracomment>
        <translation>학습률 {value}는 잘못된 값입니다. 0부터 {max}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="179"/>
        <source>This lesson starts from two numbers: set w₀ and b₀.</source>
        <translation>이 레슨은 두 수에서 시작합니다. w₀와 b₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="186"/>
        <source>Start point {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작점 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="203"/>
        <source>This lesson starts from one number: set x₀.</source>
        <translation>이 레슨은 수 하나에서 시작합니다. x₀를 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="212"/>
        <source>Start value {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>시작값 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="232"/>
        <source>Step count {value} is invalid: enter a whole number from 0 to {max}.</source>
        <translation>단계 수 {value}는 잘못된 값입니다. 0부터 {max}까지의 정수를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="266"/>
        <source>Add point ({x}, {y})</source>
        <translation>점 ({x}, {y}) 추가</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="278"/>
        <source>Move point {number}</source>
        <translation>점 {number} 옮기기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="288"/>
        <source>The data needs at least one point, so the last point stays.</source>
        <translation>데이터에는 점이 하나 이상 있어야 하므로 마지막 점은 남겨 둡니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="291"/>
        <source>Delete point {number}</source>
        <translation>점 {number} 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="293"/>
        <source>Delete {count} points</source>
        <translation>점 {count}개 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="303"/>
        <location filename="../../gdviewer/model/experiment.py" line="347"/>
        <source>Only the regression lessons use data: choose one first.</source>
        <translation>데이터는 회귀 레슨에서만 씁니다. 먼저 회귀 레슨을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="316"/>
        <source>The loss cannot be evaluated at w = {w}, b = {b}: choose start values closer to 0.</source>
        <translation>w = {w}, b = {b}에서 손실을 계산할 수 없습니다. 0에 더 가까운 시작값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="319"/>
        <source>The function cannot be evaluated at x = {value}: choose a start point closer to 0.</source>
        <translation>x = {value}에서 함수를 계산할 수 없습니다. 0에 더 가까운 시작점을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="333"/>
        <source>The loss is not finite on this data: use smaller numbers.</source>
        <translation>이 데이터에서는 손실이 유한하지 않습니다. 더 작은 수를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/model/experiment.py" line="353"/>
        <source>Point coordinate {value} is invalid: use a number from {low} to {high}.</source>
        <translation>점 좌표 {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 쓰세요.</translation>
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
        <translation>스키마 버전 {value}가 잘못되었습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="32"/>
        <source>the file was written by a newer gdviewer (schema version {version}); this version reads version {supported}: update gdviewer to open it</source>
        <translation>더 새로운 gdviewer가 쓴 파일입니다 (스키마 버전 {version}). 이 버전은 {supported} 버전까지 읽으므로, gdviewer를 업데이트한 뒤 여세요</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="37"/>
        <source>lesson {value} is unknown; known lessons: {known}</source>
        <translation>레슨 {value}를 알 수 없습니다. 있는 레슨: {known}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="38"/>
        <source>the file contains {value}, which is not a finite number</source>
        <translation>파일에 유한한 수가 아닌 {value}가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="39"/>
        <source>&quot;{field}&quot; must be a number, not {value}</source>
        <translation>&quot;{field}&quot;는 수여야 합니다. {value}는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="40"/>
        <source>&quot;{field}&quot; is {value}; it must be between {low} and {high}</source>
        <translation>&quot;{field}&quot;가 {value}입니다. {low}에서 {high} 사이여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="41"/>
        <source>&quot;{field}&quot; must be a whole number, not {value}</source>
        <translation>&quot;{field}&quot;는 정수여야 합니다. {value}는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="42"/>
        <source>&quot;{field}&quot; must be a list of {shortest} to {longest} numbers, not {value}</source>
        <translation>&quot;{field}&quot;는 수 {shortest}~{longest}개의 목록이어야 합니다. {value}는 쓸 수 없습니다</translation>
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
        <translation>&quot;data&quot;의 {column} 값 {index}번이 {value}로, 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="50"/>
        <source>&quot;compared&quot; must be a list of at most {max} runs, each an object</source>
        <translation>&quot;compared&quot;는 최대 {max}개의 실행 목록이어야 하고, 각 실행은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="53"/>
        <source>lesson {lesson} starts from {expected} number(s), but the file gives {value}</source>
        <translation>레슨 {lesson}은 수 {expected}개에서 시작하는데, 파일에는 {value}가 있습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="56"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="105"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="106"/>
        <source>Open a saved experiment (*.gdv)</source>
        <translation>저장한 실험(*.gdv)을 엽니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="107"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="108"/>
        <source>Save the experiment: function or data, parameters and step</source>
        <translation>실험을 저장합니다: 함수나 데이터, 매개변수, 현재 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="109"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="128"/>
        <source>Open Experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="129"/>
        <source>gdviewer experiments (*.gdv);;All files (*)</source>
        <translation>gdviewer 실험 (*.gdv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="166"/>
        <source>Save Experiment</source>
        <translation>실험 저장</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="167"/>
        <source>gdviewer experiments (*.gdv)</source>
        <translation>gdviewer 실험 (*.gdv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="183"/>
        <source>Save failed</source>
        <translation>저장 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="184"/>
        <source>Could not save {name}: {reason}. The file on disk was not changed.</source>
        <translation>{name}를 저장하지 못했습니다: {reason}. 디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="191"/>
        <source>Saved {name}</source>
        <translation>{name}를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="202"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="203"/>
        <source>The experiment has changes that are not saved. Save them first?</source>
        <translation>실험에 저장하지 않은 변경이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="226"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="228"/>
        <source>{name}[*] — gdviewer</source>
        <translation>{name}[*] — gdviewer</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="250"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="263"/>
        <source>Cannot Open Experiment</source>
        <translation>실험을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/experiment_files.py" line="264"/>
        <source>{name} was not opened: {reason}. The current experiment is unchanged.</source>
        <translation>{name}를 열지 않았습니다: {reason}. 지금 실험은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="33"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="35"/>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="36"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="37"/>
        <source>state</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="38"/>
        <source>finite</source>
        <translation>유한</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="39"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="49"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="146"/>
        <source>Export Figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="59"/>
        <source>Width of a PNG image; an SVG drawing scales freely.</source>
        <translation>PNG 이미지의 너비입니다. SVG 그림은 크기를 자유롭게 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="64"/>
        <source>Plot</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="65"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="92"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="75"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="179"/>
        <source>Export Animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="87"/>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="93"/>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="119"/>
        <source>Export &amp;Figure…</source>
        <translation>그림 내보내기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="120"/>
        <source>Save a plot or the whole plot area as PNG or SVG</source>
        <translation>그래프 하나나 그래프 영역 전체를 PNG 또는 SVG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="121"/>
        <source>Export &amp;Animation…</source>
        <translation>애니메이션 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="122"/>
        <source>Save the run from step 0 to the current step as an animated GIF or an MP4 video</source>
        <translation>0단계부터 현재 단계까지의 실행을 움직이는 GIF나 MP4 동영상으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="123"/>
        <source>Copy Run as Python &amp;Script</source>
        <translation>실행을 Python 스크립트로 복사(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="124"/>
        <source>Copy a plain numpy script that repeats this run to the clipboard</source>
        <translation>이 실행을 그대로 되풀이하는 numpy 스크립트를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="125"/>
        <source>Export &amp;Trajectory…</source>
        <translation>궤적 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="126"/>
        <source>Save every step (parameters, gradient, loss, state) as CSV</source>
        <translation>모든 단계(매개변수, 기울기, 손실, 상태)를 CSV로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="141"/>
        <source>Whole plot area</source>
        <translation>그래프 영역 전체</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="147"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="163"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="205"/>
        <location filename="../../gdviewer/ui/export_actions.py" line="238"/>
        <source>Saved {path}</source>
        <translation>{path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="175"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="177"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="195"/>
        <source>Rendering frames…</source>
        <translation>프레임을 그리는 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="195"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="214"/>
        <source>Export cancelled; {path} was not changed.</source>
        <translation>내보내기를 취소했습니다. {path}는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="225"/>
        <source>Export Trajectory</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="226"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="261"/>
        <source>Copied a Python script of this run; paste it into a file and run it.</source>
        <translation>이 실행의 Python 스크립트를 복사했습니다. 파일에 붙여 넣고 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="268"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/export_actions.py" line="269"/>
        <source>Could not write {path}: {reason}. Choose another folder or name.</source>
        <translation>{path}를 쓰지 못했습니다: {reason}. 다른 폴더나 이름을 고르세요.</translation>
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
        <location filename="../../gdviewer/ui/lesson_texts.py" line="22"/>
        <source>Gradient descent moves x against the slope: x := x − α·f′(x). Here the learning rate α is 1, so the whole derivative 4x is subtracted and each update is x := −3x. Watch x jump to the other side of the minimum and land farther away every time: each step is longer than the distance to the bottom. Add steps to see the loss overflow, or lower the learning rate.</source>
        <translation>경사 하강법은 기울기의 반대 방향으로 x를 옮깁니다: x := x − α·f′(x). 여기서는 학습률(Learning Rate) α가 1이라 도함수 4x를 통째로 빼므로, 업데이트마다 x := −3x가 됩니다. x가 최솟값 건너편으로 넘어가면서 매번 더 멀리 떨어지는 모습을 보세요. 한 걸음이 바닥까지의 거리보다 길기 때문입니다. 단계 수를 늘려 손실이 넘치는 것을 보거나, 학습률을 낮춰 보세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="30"/>
        <source>A learning rate α = 0.1 shortens each step: x := x − 0.1·4x = 0.6x. Every update keeps 60 % of the distance to the minimum at x = 0, so x shrinks steadily: 1, 0.6, 0.36, 0.216, 0.1296. Watch the loss fall on the lower plot, then drag the learning-rate slider: above 0.25 the point starts to jump across the minimum, and above 0.5 it runs away.</source>
        <translation>학습률(Learning Rate) α = 0.1이 한 걸음을 줄입니다: x := x − 0.1·4x = 0.6x. 업데이트마다 최솟값 x = 0까지 거리의 60 %가 남으므로 x가 꾸준히 줄어듭니다: 1, 0.6, 0.36, 0.216, 0.1296. 아래 그래프에서 손실(Loss)이 줄어드는 것을 보고, 학습률 슬라이더를 끌어 보세요. 0.25를 넘으면 점이 최솟값을 건너뛰기 시작하고, 0.5를 넘으면 멀리 달아납니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="38"/>
        <source>The same update now moves two numbers, the weight w and the bias b of the line ŷ = w·x + b, to shrink the loss J = ½(y − ŷ)² on one point (2, 4). Step once and follow the panel: the prediction 2 misses by 2, so J = 2; the gradients are ∂J/∂w = −4 and ∂J/∂b = −2; with α = 0.1 the update gives w = 1.4 and b = 0.2, and the new prediction 3 is closer to 4.</source>
        <translation>같은 업데이트가 이제 두 수, 직선 ŷ = w·x + b의 가중치 w와 편향 b를 움직여 점 하나 (2, 4)에서의 손실(Loss) J = ½(y − ŷ)²을 줄입니다. 한 단계 진행하고 패널을 따라가 보세요. 예측값 2가 2만큼 빗나가므로 J = 2이고, 기울기(Gradient)는 ∂J/∂w = −4, ∂J/∂b = −2입니다. α = 0.1로 업데이트하면 w = 1.4, b = 0.2가 되고, 새 예측값 3은 4에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/lesson_texts.py" line="46"/>
        <source>Batch gradient descent fits a line to five points: each epoch averages the gradient of the mean squared error over all of them and updates w and b once. Watch the line turn on the data plot and the path of (w, b) on the loss surface: it drops quickly into a long narrow valley, then creeps along its floor, so after 100 epochs at α = 0.01 it stops near w = 0.97, b = 0.85, far from the best line w = 0.6, b = 2.2. A larger learning rate helps only up to about 0.0845; beyond that the steep direction of the valley diverges.</source>
        <translation>배치 경사 하강법으로 다섯 점에 직선을 맞춥니다. Epoch마다 모든 점에서 평균 제곱 오차의 기울기(Gradient)를 평균 내어 w와 b를 한 번 업데이트합니다. 데이터 그래프에서 직선이 돌아가는 모습과 손실 곡면 위 (w, b)의 경로를 보세요. 경로는 길고 좁은 골짜기로 빠르게 내려간 뒤 바닥을 따라 천천히 기어가므로, α = 0.01로 100 Epoch를 돌아도 가장 좋은 직선 w = 0.6, b = 2.2에서 먼 w = 0.97, b = 0.85 근처에서 멈춥니다. 학습률(Learning Rate)을 키우는 것은 약 0.0845까지만 도움이 되고, 그보다 크면 골짜기의 가파른 방향으로 발산합니다.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="105"/>
        <source>Epoch</source>
        <extracomment>Above this many steps the loss curve is drawn without symbols.</extracomment>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="106"/>
        <source>Loss J(w, b)</source>
        <translation>손실 J(w, b)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="108"/>
        <source>Step k</source>
        <translation>단계 k</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="109"/>
        <source>Loss f(x_k)</source>
        <translation>손실(Loss) f(x_k)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/loss_plot.py" line="110"/>
        <source>▼ loss = 0 (below any log axis)</source>
        <translation>▼ 손실 = 0 (로그 축 아래)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="252"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="254"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="255"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="256"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="257"/>
        <source>&amp;Delete Point</source>
        <translation>점 지우기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="258"/>
        <source>Delete the point selected in the data plot</source>
        <translation>데이터 그래프에서 선택한 점을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="260"/>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="263"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="264"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="265"/>
        <source>&amp;Log Scale for the Loss</source>
        <translation>손실을 로그 축으로(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="266"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="267"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="268"/>
        <source>&amp;Animate Moves</source>
        <translation>이동 애니메이션(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="269"/>
        <source>Glide the current point to its next place instead of jumping</source>
        <translation>현재 점이 다음 위치로 건너뛰지 않고 미끄러지듯 움직입니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="270"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="271"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="272"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="273"/>
        <source>&amp;About gdviewer</source>
        <translation>gdviewer 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="281"/>
        <source>Function plot</source>
        <translation>함수 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="282"/>
        <source>Loss plot</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="289"/>
        <source>Something went wrong ({error}); the details are in the terminal. Your settings are kept.</source>
        <translation>예상하지 못한 오류가 났습니다({error}). 자세한 내용은 터미널에 있습니다. 설정은 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="303"/>
        <source>No font with Korean letters was found, so Korean text shows as boxes. Install one, for example: sudo apt install fonts-nanum</source>
        <translation>한글 글꼴을 찾지 못해 한글이 네모로 보입니다. 한글 글꼴을 설치하세요. 예: sudo apt install fonts-nanum</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="351"/>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="352"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="353"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="354"/>
        <source>Reset to step 0</source>
        <translation>0단계로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="355"/>
        <source>Go to the last step</source>
        <translation>마지막 단계로 가기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="356"/>
        <source>Faster / slower</source>
        <translation>빠르게 / 느리게</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="357"/>
        <source>Log scale for the loss</source>
        <translation>손실 로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="358"/>
        <source>Undo / redo a data edit</source>
        <translation>데이터 편집 실행 취소 / 다시 실행</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="359"/>
        <source>Delete the selected point</source>
        <translation>선택한 점 지우기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="360"/>
        <source>Import / export data</source>
        <translation>데이터 가져오기 / 내보내기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="361"/>
        <source>Choose lesson 1, 2, …</source>
        <translation>레슨 1, 2, … 고르기</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="364"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="370"/>
        <source>About gdviewer</source>
        <translation>gdviewer 정보</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/main_window.py" line="371"/>
        <source>gdviewer {version} shows gradient descent one update at a time: the point on the curve, the loss, and the arithmetic of each step.</source>
        <translation>gdviewer {version}는 경사 하강법을 업데이트 한 번씩 보여 줍니다. 곡선 위의 점, 손실, 그리고 단계마다의 계산을 함께 봅니다.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="161"/>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="162"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="163"/>
        <source>Start x₀</source>
        <translation>시작점 x₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="164"/>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="255"/>
        <source>Start w₀</source>
        <translation>시작 w₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="165"/>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="256"/>
        <source>Start b₀</source>
        <translation>시작 b₀</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="166"/>
        <source>Learning rate α</source>
        <translation>학습률 α</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="169"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="169"/>
        <source>Epochs</source>
        <translation>Epoch 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="170"/>
        <source>Where gradient descent starts (x₀).</source>
        <translation>경사 하강법이 출발하는 곳(x₀)입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="171"/>
        <source>The slope w of the line before the first epoch.</source>
        <translation>첫 Epoch 전 직선의 기울기 w입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="172"/>
        <source>The intercept b of the line before the first epoch.</source>
        <translation>첫 Epoch 전 직선의 절편 b입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="174"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="176"/>
        <source>Click the data plot to add a point, drag a point to move it, select one and press Delete to remove it. Ctrl+Z undoes an edit; File &gt; Import Data… reads a CSV file.</source>
        <translation>데이터 그래프를 클릭하면 점이 추가되고, 점을 끌면 옮겨지며, 점을 골라 Delete를 누르면 지워집니다. Ctrl+Z로 편집을 취소하고, 파일 &gt; 데이터 가져오기…로 CSV 파일을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="181"/>
        <source>Learning rate α: each update moves x by −α·f′(x). Type any value, such as 0.001 or 1e-5.</source>
        <translation>학습률(Learning Rate) α: 업데이트마다 x가 −α·f′(x)만큼 움직입니다. 0.001이나 1e-5처럼 어떤 값이든 입력할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="184"/>
        <source>Drag to change the learning rate on a logarithmic scale; the run is redrawn as you drag.</source>
        <translation>끌어서 학습률을 로그 눈금으로 바꿉니다. 끄는 동안 실행 결과가 바로 다시 그려집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="187"/>
        <source>How many epochs to compute: each one updates w and b once using all points.</source>
        <translation>계산할 Epoch 수입니다. Epoch마다 모든 점을 써서 w와 b를 한 번 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="188"/>
        <source>How many updates to compute.</source>
        <translation>계산할 업데이트 횟수입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="244"/>
        <source>1 point, columns {x} and {y}</source>
        <translation>점 1개, 열 {x}와 {y}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="246"/>
        <source>{count} points, columns {x} and {y}</source>
        <translation>점 {count}개, 열 {x}와 {y}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="254"/>
        <source>Start point</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="257"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="258"/>
        <source>Step count</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/parameter_panel.py" line="264"/>
        <source>{name} {value} is invalid: enter a number from {low} to {high}.</source>
        <translation>{name} {value}는 잘못된 값입니다. {low}부터 {high}까지의 수를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ParameterPlot</name>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="67"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/plots/parameter_plot.py" line="68"/>
        <source>w and b</source>
        <translation>w와 b</translation>
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
        <translation>손실 J가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="118"/>
        <source>w or b overflowed to {value}</source>
        <translation>w 또는 b가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="119"/>
        <source>the gradient overflowed to {value}</source>
        <translation>기울기(Gradient)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="122"/>
        <source>Diverged at epoch {epoch}: {reason}.</source>
        <translation>Epoch {epoch}에서 발산: {reason}.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="129"/>
        <source>Lower the learning rate.</source>
        <translation>학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="130"/>
        <source>Learning rate {rate} is above the stable limit 2/λ_max = {limit} for this data; choose a smaller one.</source>
        <translation>학습률 {rate}가 이 데이터의 안정 한계 2/λ_max = {limit}보다 큽니다. 더 작은 값을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="141"/>
        <source>{distance} from the optimum w* = {w}, b* = {b}</source>
        <translation>최적점 w* = {w}, b* = {b}까지 거리 {distance}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="159"/>
        <source>w = {w}, b = {b}, J = {loss}</source>
        <translation>w = {w}, b = {b}, J = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="164"/>
        <source>Finished after 1 epoch: {values}</source>
        <translation>Epoch 1번 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="166"/>
        <source>Finished after {epochs} epochs: {values}</source>
        <translation>Epoch {epochs}번 뒤 끝남: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="169"/>
        <source>Epoch {epoch}: {values}</source>
        <translation>Epoch {epoch}: {values}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="177"/>
        <source>the loss surface is a long narrow valley (condition number {number})</source>
        <translation>손실 곡면이 길고 좁은 골짜기입니다 (조건수 {number})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="182"/>
        <source>computing epochs…</source>
        <translation>Epoch 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="202"/>
        <source>With a single point, every line through it fits exactly: J(w, b) is 0 along a whole line of (w, b), so there is no single optimum, and one step already moves the prediction a good part of the way to y.</source>
        <translation>점이 하나뿐이면 그 점을 지나는 모든 직선이 정확히 맞습니다. J(w, b)가 (w, b)의 한 직선 전체에서 0이므로 최적점이 하나로 정해지지 않고, 한 단계만으로도 예측값이 y 쪽으로 꽤 다가갑니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="208"/>
        <source>Every point has the same x, so every line through their mean fits equally well: the valley of J(w, b) has a flat floor and no single optimum.</source>
        <translation>모든 점의 x가 같아서 평균을 지나는 모든 직선이 똑같이 잘 맞습니다. J(w, b)의 골짜기 바닥이 평평하여 최적점이 하나로 정해지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="213"/>
        <source>The least-squares optimum is w* = {w}, b* = {b}, where J = {loss}.</source>
        <translation>최소제곱 최적점은 w* = {w}, b* = {b}이고, 그곳에서 J = {loss}입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="216"/>
        <source>The loss surface J(w, b) is a long narrow valley: its curvature is {high} across the valley and only {low} along its floor, a condition number of {number}. The learning rate must stay below 2/λ_max = {limit}, or the steep direction diverges.</source>
        <translation>손실 곡면 J(w, b)는 길고 좁은 골짜기입니다. 골짜기를 가로지르는 곡률은 {high}인데 바닥을 따라서는 {low}뿐이라 조건수가 {number}입니다. 학습률은 2/λ_max = {limit}보다 작아야 하며, 그렇지 않으면 가파른 방향으로 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_text.py" line="226"/>
        <source>With α = {alpha}, each epoch shrinks the distance along the valley floor only by the factor 1 − α·λ_min = {factor}, so after {epochs} epochs {left} % of it is left: the run ends at w = {w}, b = {b}, {distance} away from the optimum.</source>
        <translation>α = {alpha}이면 Epoch마다 골짜기 바닥 방향의 거리가 1 − α·λ_min = {factor}배로만 줄어들어, {epochs}번의 Epoch 뒤에도 {left} %가 남습니다. 그래서 실행은 최적점에서 {distance} 떨어진 w = {w}, b = {b}에서 끝납니다.</translation>
    </message>
</context>
<context>
    <name>RegressionViews</name>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="57"/>
        <source>Log scale</source>
        <translation>로그 축</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="58"/>
        <source>Show the loss on a logarithmic axis (Ctrl+L)</source>
        <translation>손실을 로그 축에 표시합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_views.py" line="60"/>
        <source>Click to add a point, click a point to select it, drag a point to move it; Delete removes the selected point. Ctrl+Z undoes an edit.</source>
        <translation>클릭하면 점이 추가되고, 점을 클릭하면 선택되며, 점을 끌면 옮겨집니다. Delete는 선택한 점을 지우고, Ctrl+Z는 편집을 취소합니다.</translation>
    </message>
</context>
<context>
    <name>RunText</name>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="15"/>
        <source>at the start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="16"/>
        <source>converging</source>
        <translation>수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="17"/>
        <source>oscillating</source>
        <translation>진동하며 수렴 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="18"/>
        <source>diverging</source>
        <translation>발산 중</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="19"/>
        <source>at a stationary point (f′(x) = 0)</source>
        <translation>정류점에 도달 (f′(x) = 0)</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="20"/>
        <source>not moving: the update is too small to change x</source>
        <translation>멈춤: 업데이트가 너무 작아 x가 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="29"/>
        <source>the loss f(x) overflowed to {value}</source>
        <translation>손실 f(x)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="30"/>
        <source>x overflowed to {value}</source>
        <translation>x가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="31"/>
        <source>the gradient f′(x) overflowed to {value}</source>
        <translation>기울기(Gradient) f′(x)가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="32"/>
        <source>the optimizer&apos;s state overflowed to {value}</source>
        <translation>옵티마이저의 내부 상태가 {value}(으)로 넘쳤습니다</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="35"/>
        <source>Diverged at step {step}: {reason}. Lower the learning rate.</source>
        <translation>{step}단계에서 발산: {reason}. 학습률을 낮추세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="48"/>
        <source>Finished at step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계에서 끝남: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="51"/>
        <source>Step {step}: {trend}, f(x) = {loss}</source>
        <translation>{step}단계: {trend}, f(x) = {loss}</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="53"/>
        <source>diverges at step {step}</source>
        <translation>{step}단계에서 발산</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="55"/>
        <source>computing steps…</source>
        <translation>단계 계산 중…</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="66"/>
        <source>The factor is 0: one step lands exactly on the minimum.</source>
        <translation>배율이 0입니다. 한 번의 업데이트로 정확히 최솟값에 도착합니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="68"/>
        <source>|{factor}| &lt; 1 and positive: every step moves x closer to the minimum from the same side.</source>
        <translation>|{factor}| &lt; 1이고 양수입니다. 매 단계 x가 같은 쪽에서 최솟값에 더 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="70"/>
        <source>|{factor}| &lt; 1 but negative: x jumps across the minimum each step and still closes in.</source>
        <translation>|{factor}| &lt; 1이지만 음수입니다. x가 매 단계 최솟값을 건너뛰면서도 점점 가까워집니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="72"/>
        <source>|{factor}| = 1: x never gets closer to the minimum.</source>
        <translation>|{factor}| = 1입니다. x는 최솟값에 전혀 가까워지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/run_text.py" line="73"/>
        <source>|{factor}| &gt; 1: every step moves x farther from the minimum, so the run diverges.</source>
        <translation>|{factor}| &gt; 1입니다. 매 단계 x가 최솟값에서 더 멀어지므로 발산합니다.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="75"/>
        <source>Step {k}: the end of the run</source>
        <translation>{k}단계: 실행의 끝</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="77"/>
        <source>Step {k} → {next}</source>
        <translation>{k}단계 → {next}단계</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="101"/>
        <source>This is the last step of the run.</source>
        <translation>실행의 마지막 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/step_panel.py" line="113"/>
        <source>Update factor of this quadratic</source>
        <translation>이 이차함수의 업데이트 배율</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="36"/>
        <source>Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</source>
        <extracomment>Data sets up to this size get a table with one row per point.</extracomment>
        <translation>Epoch {epoch}: (w, b) = ({w}, {b}) → ({next_w}, {next_b})</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="53"/>
        <source>The run has no epochs: set the epoch count above 0.</source>
        <translation>실행에 Epoch가 없습니다. Epoch 수를 0보다 크게 정하세요.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="58"/>
        <source>This was the last epoch of the run.</source>
        <translation>실행의 마지막 Epoch였습니다.</translation>
    </message>
    <message>
        <location filename="../../gdviewer/ui/regression_step_html.py" line="63"/>
        <source>Where the run ends, and why</source>
        <translation>실행이 끝나는 곳과 그 이유</translation>
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
</TS>
